// Where a JSON text first goes wrong. JSON.parse's messages differ between engines
// and often give no position (Chromium: `Unexpected token '}', ..."meta": }"...`),
// so on failure this scanner finds the offset itself. It is iterative, so deep
// nesting cannot overflow the stack, and it runs only after a parse has failed.

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const n = text.length;
  // what the scanner expects next in each open container: 'value', 'key', 'colon', 'comma'
  const stack: ('array' | 'object')[] = [];
  type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';
  let expect: Expect = 'value';

  const skipWs = () => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  const fail = (message: string): JsonSyntaxError => ({ offset: i, message });
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');

  const scanString = (): JsonSyntaxError | null => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return fail('a control character inside a string (newlines must be written \\n)');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('a bad \\u escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail('a bad escape in a string');
      } else i++;
    }
    return fail('a string that is never closed');
  };

  const scanLiteral = (): JsonSyntaxError | null => {
    const rest = text.slice(i, i + 5);
    for (const word of ['true', 'false', 'null']) {
      if (rest.startsWith(word)) {
        i += word.length;
        return null;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0].length > 0 && m[0] !== '-') {
      i += m[0].length;
      return null;
    }
    return fail(`unexpected ${describe(text[i])}: expected a value`);
  };

  for (;;) {
    skipWs();
    if (i >= n) return expect === 'end' ? null : fail('the text ends too early');
    const ch = text[i];
    switch (expect) {
      case 'end':
        return fail(`unexpected ${describe(ch)} after the end of the data`);
      case 'colon':
        if (ch !== ':') return fail(`unexpected ${describe(ch)}: expected ":"`);
        i++;
        expect = 'value';
        break;
      case 'key':
      case 'key-or-close':
        if (ch === '}' && expect === 'key-or-close') {
          i++;
          stack.pop();
          expect = afterValue();
        } else if (ch === '"') {
          const e = scanString();
          if (e) return e;
          expect = 'colon';
        } else return fail(`unexpected ${describe(ch)}: expected a property name in double quotes`);
        break;
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        if (ch === ',') {
          i++;
          expect = top === 'object' ? 'key' : 'value';
        } else if ((ch === ']' && top === 'array') || (ch === '}' && top === 'object')) {
          i++;
          stack.pop();
          expect = afterValue();
        } else return fail(`unexpected ${describe(ch)}: expected "," or "${top === 'array' ? ']' : '}'}"`);
        break;
      }
      case 'value':
      case 'value-or-close':
        if (ch === ']' && expect === 'value-or-close') {
          i++;
          stack.pop();
          expect = afterValue();
        } else if (ch === '{') {
          i++;
          stack.push('object');
          expect = 'key-or-close';
        } else if (ch === '[') {
          i++;
          stack.push('array');
          expect = 'value-or-close';
        } else if (ch === '"') {
          const e = scanString();
          if (e) return e;
          expect = afterValue();
        } else {
          const e = scanLiteral();
          if (e) return e;
          expect = afterValue();
        }
        break;
    }
  }
}

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'end of text';
  return JSON.stringify(ch);
}
