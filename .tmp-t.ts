import { parseDockerfile } from '/work/main/src/lint/parse.ts';
const t = '\uFEFF# syntax=docker/dockerfile:1\r\nARG V=3.18\nFROM alpine:${V} AS build\nRUN --mount=type=cache,target=/root/.cache apt-get update && \\\n  # comment\n  apt-get install -y "curl" \\\n   wget\nRUN << \'EOF\'\napt-get install x\nFROM nope\nEOF\nONBUILD RUN echo hi\nCMD ["node", "a.js"]\nCOPY --from=build --chown=1:1 /a /b\n';
const p = parseDockerfile(t);
for (const i of p.instructions) console.log(i.keyword, i.line, i.column, i.endLine, i.endColumn, JSON.stringify(i.args), i.flags.map(f=>f.name+'='+f.value), i.words.map(w=>w.value), i.form, i.onbuild, i.shell?.commands.map(c=>c.words.map(w=>w.value+'@'+JSON.stringify(p.text.slice(w.start,w.end))).join(' ')));
console.log(p.stages.map(s=>[s.name,s.image,s.resolvedImage]), p.directives, p.problems, p.comments);
