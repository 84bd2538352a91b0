// Lints BPMN models as Camunda Modeler does for Camunda 8.8: bpmnlint's recommended rules plus
// bpmnlint-plugin-camunda-compat, on a moddle that knows the zeebe extension elements (the bpmnlint CLI
// does not load them, so its camunda-compat checks would misreport zeebe elements).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver.js';

const require = createRequire(import.meta.url);
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');

const config = {
  extends: ['bpmnlint:recommended', 'plugin:camunda-compat/camunda-cloud-8-8']
};

const target = process.argv[2] ?? 'bpmn';
const files = statSync(target).isDirectory()
  ? readdirSync(target).filter(name => name.endsWith('.bpmn')).map(name => join(target, name))
  : [target];

if (files.length === 0) {
  console.error(`No .bpmn files in ${target}`);
  process.exit(2);
}

const linter = new Linter({ config, resolver: new NodeResolver() });
let problems = 0;

for (const file of files) {
  const moddle = new BpmnModdle({ zeebe });
  const { rootElement, warnings } = await moddle.fromXML(readFileSync(file, 'utf8'));
  for (const warning of warnings) {
    console.log(`${file}: import warning: ${warning.message}`);
    problems++;
  }
  const results = await linter.lint(rootElement);
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      const level = report.category === 'warn' ? 'warning' : report.category;
      console.log(`${file}: ${level} ${report.id ?? ''}: ${report.message} (${rule})`);
      if (report.category === 'error' || report.category === 'warn') {
        problems++;
      }
    }
  }
}

console.log(`bpmnlint: ${files.length} model(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
