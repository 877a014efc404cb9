import { DockerfileParser } from 'dockerfile-ast';

export interface ParsedInstruction {
  keyword: string;
  line: number;
  args: string;
}

/** Parses Dockerfile text (BOM and CRLF tolerated) into instructions with 1-based lines. */
export function parseDockerfile(text: string): ParsedInstruction[] {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const dockerfile = DockerfileParser.parse(clean);
  return dockerfile.getInstructions().map((instruction) => ({
    keyword: instruction.getKeyword().toUpperCase(),
    line: instruction.getRange().start.line + 1,
    args: instruction.getArgumentsContent() ?? '',
  }));
}
