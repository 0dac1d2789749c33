// Checks that .github/workflows/ci.yml does what the project needs of it, beyond the schema that
// action-validator checks: a Linux, a Windows and a macOS build; Qt from install-qt-action except on
// Linux, where the .deb must be built against (and depend on) the distribution's Qt in Debian 12;
// every job builds, runs ctest, runs cpack and uploads its packages; the scripts it calls exist.
//   node check_workflow.mjs <source-dir>
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const sourceDir = process.argv[2];
if (!sourceDir) {
  console.error('usage: node check_workflow.mjs <source-dir>');
  process.exit(2);
}
const workflowPath = join(sourceDir, '.github/workflows/ci.yml');
const workflow = parse(readFileSync(workflowPath, 'utf8'));

let failures = 0;
let passes = 0;
function check(what, ok) {
  if (ok) {
    passes += 1;
    console.log(`ok - ${what}`);
  } else {
    failures += 1;
    console.error(`not ok - ${what}`);
  }
}

const jobs = Object.values(workflow.jobs ?? {});
check('the workflow has jobs', jobs.length > 0);
const entries = jobs.flatMap((job) => (job.strategy?.matrix?.include ?? []).map((entry) => ({ job, entry })));
const entryFor = (prefix) => entries.find(({ entry }) => String(entry.os ?? '').startsWith(prefix));
const platforms = { Linux: entryFor('ubuntu'), Windows: entryFor('windows'), macOS: entryFor('macos') };

for (const [platform, found] of Object.entries(platforms)) {
  check(`the matrix builds on ${platform}`, found !== undefined);
}
check('Linux builds in Debian 12, whose Qt packages the .deb depends on',
  platforms.Linux?.entry.container === 'debian:bookworm');

const runs = (job) => (job.steps ?? []).map((step) => String(step.run ?? '')).join('\n');
const uses = (job) => (job.steps ?? []).map((step) => String(step.uses ?? ''));
for (const { job } of entries.filter((x, i, all) => all.findIndex((y) => y.job === x.job) === i)) {
  const qtStep = (job.steps ?? []).find((step) => String(step.uses ?? '').startsWith('jurplel/install-qt-action@'));
  check('Qt comes from jurplel/install-qt-action', qtStep !== undefined);
  check('install-qt-action is skipped on Linux', /runner\.os\s*!=\s*'Linux'/.test(String(qtStep?.if ?? '')));
  check('Linux installs its packages with scripts/install-deps-debian.sh',
    runs(job).includes('scripts/install-deps-debian.sh'));
  check('the job builds', /cmake --build build/.test(runs(job)));
  check('the job runs every test with ctest', /ctest --test-dir build/.test(runs(job)));
  check('the job makes the packages with cpack', /cpack --config build\/CPackConfig\.cmake/.test(runs(job)));
  check('the job uploads its packages', uses(job).some((use) => use.startsWith('actions/upload-artifact@')));
  const upload = (job.steps ?? []).find((step) => String(step.uses ?? '').startsWith('actions/upload-artifact@'));
  const paths = String(upload?.with?.path ?? '');
  for (const extension of ['.deb', '.tar.gz', '.msi', '.dmg']) {
    check(`the upload takes the ${extension} packages`, paths.includes(`*${extension}`));
  }
}
for (const script of ['scripts/install-deps-debian.sh']) {
  check(`${script} exists`, existsSync(join(sourceDir, script)));
}

console.log(`workflow checks: ${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
