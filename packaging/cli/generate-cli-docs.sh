#!/usr/bin/env bash
# Writes what documents casewright-cli from the program's own --help, so the shell completions and
# the manual page can never drift from what the program accepts:
#   OUT/casewright-cli.bash      bash completion   (share/bash-completion/completions/casewright-cli)
#   OUT/_casewright-cli          zsh completion    (share/zsh/vendor-completions/)
#   OUT/casewright-cli.fish      fish completion   (share/fish/vendor_completions.d/)
#   OUT/casewright-cli.h2m       help2man include: a COMMANDS section with every command's help
# Usage: generate-cli-docs.sh CLI OUT_DIR
set -euo pipefail
cli=${1:?usage: generate-cli-docs.sh CLI OUT_DIR}
out=${2:?OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
records=$(mktemp)
trap 'rm -f "$records"' EXIT

# Commands from the overview ("Commands:" up to the blank line), then each command's parts.
mapfile -t commands < <("$cli" --help | awk '/^Commands:$/ {on = 1; next} on && /^$/ {exit} on {print $1}')
[ ${#commands[@]} -gt 0 ] || { echo "generate-cli-docs.sh: no commands in '$cli --help'" >&2; exit 1; }
for command in "${commands[@]}"; do
  summary=$("$cli" --help | awk -v c="$command" '$1 == c {sub(/^ +[^ ]+ +/, ""); print; exit}')
  printf '%s\037CMD\037%s\n' "$command" "$summary" >>"$records"
  "$cli" "$command" --help | awk -f "$here/read-help.awk" |
    awk -F'\037' '!($1 == "OPT" && $3 == "--help-all")' | sed "s/^/$command\x1f/" >>"$records"
done

# What a value or argument names decides what the shells offer for it.
value_kind() { # NAME -> dir | file | none
  case "$1" in
    *DIR*) echo dir ;;
    *FILE* | *.json | *.JSON | SNAPSHOT* | INPUT*) echo file ;;
    *) echo none ;;
  esac
}
words_of() { # COMMAND -> its long options, space-separated
  awk -F'\037' -v c="$1" '$1 == c && $2 == "OPT" {printf "%s%s", sep, $4; sep = " "}' "$records"
}

# --- bash --------------------------------------------------------------------------------------
{
  echo "# bash completion for casewright-cli, generated from its --help by generate-cli-docs.sh."
  echo "_casewright_cli() {"
  echo '  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}'
  echo '  if [ "$COMP_CWORD" -eq 1 ]; then'
  echo "    mapfile -t COMPREPLY < <(compgen -W \"${commands[*]} --help --version\" -- \"\$cur\")"
  echo '    return'
  echo '  fi'
  echo '  local options="" files=file'
  echo '  case ${COMP_WORDS[1]} in'
  for command in "${commands[@]}"; do
    argument=$(awk -F'\037' -v c="$command" '$1 == c && $2 == "ARG" {print $3; exit}' "$records")
    echo "    $command) options=\"$(words_of "$command")\"; files=$(value_kind "$argument") ;;"
  done
  echo '    *) return ;;'
  echo '  esac'
  echo '  case ${COMP_WORDS[1]}:$prev in'
  while IFS=$'\037' read -r command _ _ long value _; do
    case $(value_kind "$value") in
      dir) echo "    $command:$long) mapfile -t COMPREPLY < <(compgen -d -- \"\$cur\"); return ;;" ;;
      file) echo "    $command:$long) mapfile -t COMPREPLY < <(compgen -f -- \"\$cur\"); return ;;" ;;
      *) echo "    $command:$long) COMPREPLY=(); return ;;" ;;
    esac
  done < <(awk -F'\037' '$2 == "OPT" && $5 != ""' "$records")
  echo '  esac'
  echo '  if [[ $cur == -* ]]; then'
  echo '    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")'
  echo '  elif [ "$files" = dir ]; then'
  echo '    mapfile -t COMPREPLY < <(compgen -d -- "$cur")'
  echo '  else'
  echo '    mapfile -t COMPREPLY < <(compgen -f -- "$cur")'
  echo '  fi'
  echo "}"
  echo "complete -o filenames -F _casewright_cli casewright-cli"
} >"$out/casewright-cli.bash"

# --- zsh ---------------------------------------------------------------------------------------
zsh_text() { # escapes for an _arguments spec or a _describe item inside single quotes
  sed -e "s/'/'\\\\''/g" -e 's/\[/\\[/g' -e 's/\]/\\]/g' -e 's/:/\\:/g' <<<"$1"
}
{
  echo "#compdef casewright-cli"
  echo "# zsh completion for casewright-cli, generated from its --help by generate-cli-docs.sh."
  echo "_casewright_cli() {"
  echo "  local -a commands"
  echo "  commands=("
  while IFS=$'\037' read -r command _ summary; do
    echo "    '$(zsh_text "$command"):$(zsh_text "$summary")'"
  done < <(awk -F'\037' '$2 == "CMD"' "$records")
  echo "  )"
  echo "  if (( CURRENT == 2 )); then"
  echo "    _describe -t commands 'casewright-cli command' commands"
  echo "    return"
  echo "  fi"
  echo "  case \$words[2] in"
  for command in "${commands[@]}"; do
    echo "    $command)"
    printf "      _arguments -s"
    while IFS=$'\037' read -r _ _ _ long value text; do
      spec="$long[$(zsh_text "$text")]"
      if [ -n "$value" ]; then
        case $(value_kind "$value") in
          dir) spec+=":$(zsh_text "$value"):_files -/" ;;
          file) spec+=":$(zsh_text "$value"):_files" ;;
          *) spec+=":$(zsh_text "$value"): " ;;
        esac
      fi
      printf " \\\\\n        '%s'" "$spec"
    done < <(awk -F'\037' -v c="$command" '$1 == c && $2 == "OPT"' "$records")
    argument=$(awk -F'\037' -v c="$command" '$1 == c && $2 == "ARG" {print $3; exit}' "$records")
    case $(value_kind "$argument") in
      dir) printf " \\\\\n        '*:%s:_files -/'" "$(zsh_text "$argument")" ;;
      *) printf " \\\\\n        '*:%s:_files'" "$(zsh_text "${argument:-file}")" ;;
    esac
    printf "\n      ;;\n"
  done
  echo "  esac"
  echo "}"
  echo '_casewright_cli "$@"'
} >"$out/_casewright-cli"

# --- fish --------------------------------------------------------------------------------------
fish_text() { sed -e "s/\\\\/\\\\\\\\/g" -e "s/'/\\\\'/g" <<<"$1"; }
{
  echo "# fish completion for casewright-cli, generated from its --help by generate-cli-docs.sh."
  echo "complete -c casewright-cli -f"
  echo "complete -c casewright-cli -n __fish_use_subcommand -s h -l help -d 'Show help'"
  echo "complete -c casewright-cli -n __fish_use_subcommand -s v -l version -d 'Show the version'"
  while IFS=$'\037' read -r command _ summary; do
    echo "complete -c casewright-cli -n __fish_use_subcommand -a $command -d '$(fish_text "$summary")'"
  done < <(awk -F'\037' '$2 == "CMD"' "$records")
  while IFS=$'\037' read -r command _ short long value text; do
    line="complete -c casewright-cli -n '__fish_seen_subcommand_from $command'"
    [ -n "$short" ] && line+=" -s ${short#-}"
    line+=" -l ${long#--}"
    if [ -n "$value" ]; then
      case $(value_kind "$value") in
        dir) line+=" -r -a '(__fish_complete_directories)'" ;;
        file) line+=" -r -F" ;;
        *) line+=" -x" ;;
      esac
    fi
    echo "$line -d '$(fish_text "$text")'"
  done < <(awk -F'\037' '$2 == "OPT"' "$records")
  for command in "${commands[@]}"; do
    argument=$(awk -F'\037' -v c="$command" '$1 == c && $2 == "ARG" {print $3; exit}' "$records")
    case $(value_kind "$argument") in
      dir) echo "complete -c casewright-cli -n '__fish_seen_subcommand_from $command' -a '(__fish_complete_directories)'" ;;
      *) echo "complete -c casewright-cli -n '__fish_seen_subcommand_from $command' -F" ;;
    esac
  done
} >"$out/casewright-cli.fish"

# --- help2man include: every command's usage, description, options and arguments ----------------
roff() { sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\\&'/" -e 's/-/\\-/g' <<<"$1"; }
{
  echo "[COMMANDS]"
  for command in "${commands[@]}"; do
    echo ".SS \"$command\""
    usage=$(awk -F'\037' -v c="$command" '$1 == c && $2 == "USAGE" {print $3; exit}' "$records")
    usage="casewright-cli ${usage#* }" # the program's name, whatever path it was run by
    echo ".B $(roff "$usage")"
    echo ".PP"
    awk -F'\037' -v c="$command" '$1 == c && $2 == "DESC" {print $3}' "$records" | while IFS= read -r line; do
      roff "$line"
    done
    while IFS=$'\037' read -r _ _ short long value text; do
      [ "$long" = --help ] && continue
      echo ".TP"
      flag="\\fB$(roff "$long")\\fR"
      [ -n "$short" ] && flag="\\fB$(roff "$short")\\fR, $flag"
      [ -n "$value" ] && flag+=" \\fI$(roff "$value")\\fR"
      echo "$flag"
      roff "$text"
    done < <(awk -F'\037' -v c="$command" '$1 == c && $2 == "OPT"' "$records")
    while IFS=$'\037' read -r _ _ name text; do
      echo ".TP"
      echo "\\fI$(roff "$name")\\fR"
      roff "$text"
    done < <(awk -F'\037' -v c="$command" '$1 == c && $2 == "ARG"' "$records")
  done
  echo "[SEE ALSO]"
  echo ".BR casewright (1),"
  echo ".BR casewright\\-emulator (1)"
} >"$out/casewright-cli.h2m"
