import { cleanText, textProblem } from './clean-text';

describe('cleanText', () => {
  it.each([
    ['  张三  ', '张三'],
    ['\t王 五\n', '王 五'],
    ['\u3000李四\u3000', '李四'],
    ['赵六', '赵六'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});

describe('textProblem', () => {
  it.each<[string, unknown, 'name' | 'text', string | null]>([
    ['a plain name', '张三', 'name', null],
    ['a name with an inner space', 'Anna Li', 'name', null],
    ['a name with a middle dot', '买买提·艾力', 'name', null],
    ['blanks around (trimmed first)', '  张三 ', 'name', null],
    ['an emoji', '小明😀', 'name', null],
    ['one space', ' ', 'name', 'must not be blank'],
    ['empty', '', 'name', 'must not be blank'],
    ['only an ideographic space', '\u3000', 'name', 'must not be blank'],
    ['not a string', 42, 'name', 'must be a string'],
    ['null', null, 'name', 'must be a string'],
    ['too long', '张'.repeat(33), 'name', 'must be at most 32 characters'],
    ['a NUL', '张\u0000三', 'name', 'must not contain control, bidi or invisible characters (U+0000)'],
    ['a newline inside a name', '张\n三', 'name', 'must not contain control, bidi or invisible characters (U+000A)'],
    ['a tab inside a name', '张\t三', 'name', 'must not contain control, bidi or invisible characters (U+0009)'],
    ['DEL', '张\u007f三', 'name', 'must not contain control, bidi or invisible characters (U+007F)'],
    ['a C1 control (NEL)', '张\u0085三', 'name', 'must not contain control, bidi or invisible characters (U+0085)'],
    ['an RTL override', '\u202e三张', 'name', 'must not contain control, bidi or invisible characters (U+202E)'],
    ['an LTR embedding', '张\u202a三', 'name', 'must not contain control, bidi or invisible characters (U+202A)'],
    ['a first-strong isolate', '张\u2068三', 'name', 'must not contain control, bidi or invisible characters (U+2068)'],
    ['a pop-directional isolate', '张\u2069三', 'name', 'must not contain control, bidi or invisible characters (U+2069)'],
    ['an RLM', '张\u200f三', 'name', 'must not contain control, bidi or invisible characters (U+200F)'],
    ['an Arabic letter mark', '张\u061c三', 'name', 'must not contain control, bidi or invisible characters (U+061C)'],
    ['a zero-width space', '张\u200b三', 'name', 'must not contain control, bidi or invisible characters (U+200B)'],
    ['a zero-width joiner', '张\u200d三', 'name', 'must not contain control, bidi or invisible characters (U+200D)'],
    ['a word joiner', '张\u2060三', 'name', 'must not contain control, bidi or invisible characters (U+2060)'],
    ['a BOM inside', '张\ufeff三', 'name', 'must not contain control, bidi or invisible characters (U+FEFF)'],
    ['a soft hyphen', '张\u00ad三', 'name', 'must not contain control, bidi or invisible characters (U+00AD)'],
    ['a line separator', '张\u2028三', 'name', 'must not contain control, bidi or invisible characters (U+2028)'],
    ['free text over lines', '第一行\n第二行\r\n\t第三行', 'text', null],
    ['free text with a NUL', '说明\u0000', 'text', 'must not contain control, bidi or invisible characters (U+0000)'],
    ['free text with an RTL override', '说明\u202e反', 'text', 'must not contain control, bidi or invisible characters (U+202E)'],
    ['free text with a vertical tab', '说\u000b明', 'text', 'must not contain control, bidi or invisible characters (U+000B)'],
    ['free text of blanks', ' \n\t ', 'text', 'must not be blank'],
  ])('%s', (_name, value, kind, problem) => {
    expect(textProblem(value, kind, 32)).toBe(problem);
  });
});
