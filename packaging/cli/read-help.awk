# Reads the --help text of one casewright-cli command (as QCommandLineParser writes it) and prints
# its parts as records separated by the ASCII unit separator (\037, so empty
# fields survive `read`), one per line, for the generators beside this file:
#   USAGE US usage line without "Usage: "
#   DESC  US one line of the description
#   OPT   US -x or empty US --long US value name or empty US description
#   ARG   US NAME US description
# Continuation lines (deeper indent) are joined to the entry they continue.
function flush() {
    if (kind == "OPT") printf "OPT\037%s\037%s\037%s\037%s\n", short, long, value, text
    else if (kind == "ARG") printf "ARG\037%s\037%s\n", name, text
    kind = ""
}
BEGIN { section = "usage" }
NR == 1 { sub(/^Usage: /, ""); print "USAGE\037" $0; section = "desc"; next }
/^Options:$/ { flush(); section = "options"; next }
/^Arguments:$/ { flush(); section = "arguments"; next }
/^$/ { flush(); if (section == "desc") section = "after-desc"; next }
section == "desc" { print "DESC\037" $0; next }
section == "options" && /^  -/ {
    flush()
    line = substr($0, 3)
    short = ""; value = ""
    if (match(line, /^-[A-Za-z0-9], /)) { short = substr(line, 1, 2); line = substr(line, RSTART + RLENGTH) }
    match(line, /^--[A-Za-z0-9-]+/); long = substr(line, 1, RLENGTH); line = substr(line, RLENGTH + 1)
    if (match(line, /^ <[^>]+>/)) { value = substr(line, 3, RLENGTH - 3); line = substr(line, RLENGTH + 1) }
    sub(/^ +/, "", line); text = line; kind = "OPT"; next
}
section == "arguments" && /^  [^ ]/ {
    flush()
    line = substr($0, 3)
    match(line, /^[^ ]+/); name = substr(line, 1, RLENGTH); line = substr(line, RLENGTH + 1)
    sub(/^ +/, "", line); text = line; kind = "ARG"; next
}
/^   +[^ ]/ && kind != "" { line = $0; sub(/^ +/, "", line); text = text " " line; next }
END { flush() }
