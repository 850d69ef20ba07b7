// Validates plan files against docs/coplan.schema.json with ajv (JSON Schema draft 2020-12):
// every tests/data/good/*.coplan.json and tests/data/saved/*.coplan.json, and files freshly
// written by coplan-cli (new, and upgrade of the old and repairable examples). A file known to be wrong must be rejected, so a check
// that accepts everything cannot pass. Exits non-zero on any failure.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const data = join(root, "tests/data");
// coplan-cli from COPLAN_CLI, or the newest one in any build folder (build/native, build/core, ...).
function findCli() {
  if (process.env.COPLAN_CLI) return process.env.COPLAN_CLI;
  const found = readdirSync(join(root, "build"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, "build", d.name, "src/cli/coplan-cli"))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (found.length === 0) throw new Error("coplan-cli not found: build it, or set COPLAN_CLI");
  return found[0];
}
const cli = findCli();

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(root, "docs/coplan.schema.json"), "utf8")));

let passed = 0;
let failed = 0;

function load(path) {
  return JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
}

function expectValid(label, path) {
  if (validate(load(path))) {
    passed++;
    console.log(`ok    ${label}`);
  } else {
    failed++;
    console.log(`FAIL  ${label}`);
    for (const e of validate.errors) console.log(`      ${e.instancePath || "/"} ${e.message}`);
  }
}

function expectInvalid(label, path) {
  if (validate(load(path))) {
    failed++;
    console.log(`FAIL  ${label}: the schema accepted a file it should refuse`);
  } else {
    passed++;
    console.log(`ok    ${label} is refused (${validate.errors[0].instancePath} ${validate.errors[0].message})`);
  }
}

for (const folder of ["good", "saved"]) {
  for (const name of readdirSync(join(data, folder)).filter((n) => n.endsWith(".coplan.json")).sort()) {
    expectValid(`${folder}/${name}`, join(data, folder, name));
  }
}

const temp = mkdtempSync(join(tmpdir(), "coplan-schema-"));
try {
  const fresh = join(temp, "new.coplan.json");
  execFileSync(cli, ["new", "--title", "Schema check", "-o", fresh], { stdio: "inherit" });
  expectValid("coplan-cli new", fresh);
  const sample = join(temp, "sample.coplan.json");
  execFileSync(cli, ["sample", "--actions", "300", "--seed", "7", "-o", sample], { stdio: "inherit" });
  expectValid("coplan-cli sample (every field, tombstones, unknown fields)", sample);
  const resaved = ["old/v1-workshop.coplan.json", ...readdirSync(join(data, "warn")).map((n) => `warn/${n}`)];
  for (const name of resaved.filter((n) => n.endsWith(".coplan.json"))) {
    const out = join(temp, name.replace("/", "-"));
    execFileSync(cli, ["upgrade", join(data, name), "-o", out], { stdio: "ignore" });
    expectValid(`coplan-cli upgrade ${name}`, out);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

expectInvalid("bad/wrong-types.coplan.json", join(data, "bad/wrong-types.coplan.json"));
expectInvalid("bad/newer-version.coplan.json", join(data, "bad/newer-version.coplan.json"));
expectInvalid("bad/long-title.coplan.json (more than Coplan opens)", join(data, "bad/long-title.coplan.json"));
expectInvalid("bad/too-many-tags.coplan.json (more than Coplan opens)", join(data, "bad/too-many-tags.coplan.json"));

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
