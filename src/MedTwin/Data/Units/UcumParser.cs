using System.Globalization;

namespace MedTwin.Data.Units;

/// <summary>
/// Reads a UCUM case-sensitive code (UCUM §2.1 grammar: term, component, annotation) by recursive descent in one pass
/// with no regular expression, over a code of at most <see cref="MaxLength"/> characters, so hostile input costs
/// little. Anything outside the units MedTwin knows is rejected with the character where reading stopped.
/// </summary>
internal sealed class UcumParser
{
    public const int MaxLength = 256;

    private const int MaxNumberDigits = 15;
    private const int MaxExponentDigits = 2;

    private readonly string code;
    private readonly List<string> annotations = [];
    private int position;
    private int components;
    private bool divides;
    private int affineAt = -1;
    private UcumAtom? affine;

    private UcumParser(string code) => this.code = code;

    public static ParsedUnit Parse(string code)
    {
        CheckCharacters(code);
        var parser = new UcumParser(code);
        var term = parser.ParseTerm(nested: false);
        return parser.Finish(term);
    }

    private static void CheckCharacters(string code)
    {
        if (code.Length > MaxLength)
        {
            throw new UnitFormatException(code, 0, $"it is {code.Length} characters long; MedTwin reads unit codes of at most {MaxLength} characters");
        }

        if (code.Length == 0)
        {
            throw new UnitFormatException(code, 0, "it is empty; a dimensionless quantity is written '1'");
        }

        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == ' ')
            {
                throw new UnitFormatException(code, i + 1, "a space; UCUM codes contain no spaces (mg/dL, not mg / dL)");
            }

            if (c is < '!' or > '~')
            {
                throw new UnitFormatException(
                    code,
                    i + 1,
                    c < 128
                        ? $"the control character U+{(int)c:X4}; UCUM codes are printable ASCII"
                        : $"'{c}' (U+{(int)c:X4}) is not ASCII; UCUM codes are ASCII only (write micro as 'u', as in ug, and degrees Celsius as 'Cel')");
            }
        }
    }

    private ParsedUnit Finish(Part term)
    {
        if (affine is not null && (components > 1 || divides))
        {
            throw Error(affineAt, $"'{affine.Code}' ({affine.Name}) is on a scale with an offset, so it can only stand alone; inside a compound unit use K (as in K/min)");
        }

        return new ParsedUnit(term.Dimension, term.Magnitude, affine?.Offset ?? 0, affine is not null, term.Display, annotations);
    }

    private Part ParseTerm(bool nested)
    {
        var left = ParseFirstComponent();
        while (position < code.Length)
        {
            var symbol = code[position];
            if (symbol == ')')
            {
                return nested ? left : throw Error(position, "')' has no matching '('");
            }

            if (symbol is not ('.' or '/'))
            {
                var expected = nested ? "'.' (times), '/' (per) or ')'" : "'.' (times), '/' (per) or the end of the code";
                throw Error(position, symbol switch
                {
                    ']' => "']' has no matching '['",
                    '}' => "'}' has no matching '{'",
                    _ => $"'{symbol}' was not expected here; after a unit comes {expected}",
                });
            }

            position++;
            var right = ParseComponent();
            left = symbol == '.'
                ? new Part(left.Dimension.Times(right.Dimension), left.Magnitude.Times(right.Magnitude), $"{left.Display}·{right.Display}")
                : Divide(left, right);
            divides |= symbol == '/';
        }

        return left;
    }

    private Part ParseFirstComponent()
    {
        if (position < code.Length && code[position] == '/')
        {
            position++;
            divides = true;
            return Divide(new Part(Dimension.None, Magnitude.One, string.Empty), ParseComponent());
        }

        return ParseComponent();
    }

    private static Part Divide(Part left, Part right) =>
        new(left.Dimension.Times(right.Dimension.Power(-1)), left.Magnitude.Over(right.Magnitude), $"{left.Display}/{right.Display}");

    private Part ParseComponent()
    {
        if (position >= code.Length)
        {
            throw Error(position - 1, $"the code ends after '{code[position - 1]}', where a unit is expected");
        }

        components++;
        var symbol = code[position];
        if (symbol == '(')
        {
            return ParseGroup();
        }

        if (symbol == '{')
        {
            return new Part(Dimension.None, Magnitude.One, ReadAnnotation().Replace('_', ' '));
        }

        if (char.IsAsciiDigit(symbol))
        {
            return ParseNumber();
        }

        if (IsSymbolCharacter(symbol) || symbol == '[')
        {
            return ParseSymbol();
        }

        throw Error(position, symbol switch
        {
            '.' or '/' or ')' => $"expected a unit, found '{symbol}'",
            '}' => "'}' has no matching '{'",
            ']' => "']' has no matching '['",
            '+' or '-' => $"'{symbol}' can only start an exponent, right after a unit (as in s-1)",
            _ => $"'{symbol}' is not part of any unit MedTwin knows",
        });
    }

    private Part ParseGroup()
    {
        var open = position++;
        var inner = ParseTerm(nested: true);
        if (position >= code.Length)
        {
            throw Error(open, "'(' is never closed");
        }

        position++;
        if (position < code.Length && (char.IsAsciiDigit(code[position]) || code[position] is '+' or '-'))
        {
            throw Error(position, "UCUM puts no exponent after a parenthesis; raise the units inside instead (m2/s2, not (m/s)2)");
        }

        return inner with { Display = $"({inner.Display})" };
    }

    private Part ParseNumber()
    {
        var start = position;
        while (position < code.Length && char.IsAsciiDigit(code[position]))
        {
            position++;
        }

        var digits = code[start..position];
        if (digits.Length > MaxNumberDigits)
        {
            throw Error(start, $"a number of {digits.Length} digits; MedTwin reads factors of at most {MaxNumberDigits} digits");
        }

        if (position < code.Length && code[position] is '*' or '^')
        {
            if (digits != "10")
            {
                throw Error(start, $"'{digits}{code[position]}' is not a power of ten; UCUM writes powers of ten as 10*n (as in 10*9/L)");
            }

            position++;
            var exponent = ReadExponent(required: true);
            return WithAnnotation(new Part(Dimension.None, Magnitude.Decades(exponent), "10" + Superscript.Of(exponent)));
        }

        var factor = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return factor == 0
            ? throw Error(start, "a factor of 0 is not a unit")
            : WithAnnotation(new Part(Dimension.None, new Magnitude(factor, 0), factor.ToString(CultureInfo.InvariantCulture)));
    }

    private Part ParseSymbol()
    {
        var start = position;
        var token = ReadSymbol();
        var (atom, prefix) = Lookup(token, start);
        if (position < code.Length && code[position] is '^' or '*')
        {
            throw Error(position, $"malformed exponent: '{code[position]}' is not how UCUM writes a power; put the digits right after the unit (m2, s-1)");
        }

        var exponentAt = position;
        var exponent = ReadExponent(required: false);
        if (atom.IsAffine)
        {
            if (exponent != 1)
            {
                throw Error(exponentAt, $"'{atom.Code}' ({atom.Name}) is on a scale with an offset and cannot be raised to a power; use K");
            }

            affine = atom;
            affineAt = start;
        }

        var magnitude = prefix is null ? atom.Magnitude : atom.Magnitude.Times(Magnitude.Decades(prefix.Decade));
        var display = (prefix?.Display ?? string.Empty) + atom.Display + (exponent == 1 ? string.Empty : Superscript.Of(exponent));
        return WithAnnotation(new Part(atom.Dimension.Power(exponent), magnitude.Power(exponent), display));
    }

    private static bool IsSymbolCharacter(char c) => char.IsAsciiLetter(c) || c is '_' or '%' or '\'';

    private string ReadSymbol()
    {
        var start = position;
        while (position < code.Length)
        {
            var c = code[position];
            if (c == '[')
            {
                var open = position;
                do
                {
                    position++;
                    if (position >= code.Length || code[position] == '[')
                    {
                        throw Error(open, "'[' is never closed");
                    }
                }
                while (code[position] != ']');

                position++;
            }
            else if (IsSymbolCharacter(c))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        return code[start..position];
    }

    private (UcumAtom Atom, UcumPrefix? Prefix) Lookup(string token, int start)
    {
        if (UcumAtoms.TryGet(token, out var exact))
        {
            return (exact, null);
        }

        UcumAtom? unprefixable = null;
        foreach (var prefix in UcumPrefixes.All)
        {
            if (token.Length > prefix.Code.Length
                && token.StartsWith(prefix.Code, StringComparison.Ordinal)
                && UcumAtoms.TryGet(token[prefix.Code.Length..], out var atom))
            {
                if (atom.IsMetric)
                {
                    return (atom, prefix);
                }

                unprefixable ??= atom;
            }
        }

        if (UcumHints.Suggest(token, code[start..]) is { } hint)
        {
            throw Error(start, $"'{hint.Spelling}' is not UCUM; write '{hint.Ucum}'");
        }

        if (unprefixable is not null)
        {
            throw Error(start, $"'{unprefixable.Code}' ({unprefixable.Name}) takes no prefix, so '{token}' is not a unit");
        }

        if (UcumHints.IgnoringCase(token) is { } cased)
        {
            throw Error(start, $"unknown unit '{token}'; UCUM codes are case-sensitive: did you mean '{cased}'?");
        }

        for (var length = 1; length <= 2 && length < token.Length; length++)
        {
            if (UcumAtoms.TryGet(token[length..], out var atom) && !UcumPrefixes.IsPrefix(token[..length]))
            {
                throw Error(start, $"unknown prefix '{token[..length]}' before '{atom.Code}'; the prefixes are {UcumPrefixes.Codes}");
            }
        }

        throw Error(start, $"unknown unit '{token}'");
    }

    private int ReadExponent(bool required)
    {
        var start = position;
        var sign = 1;
        if (position < code.Length && code[position] is '+' or '-')
        {
            sign = code[position] == '-' ? -1 : 1;
            position++;
            if (position >= code.Length || !char.IsAsciiDigit(code[position]))
            {
                throw Error(start, $"malformed exponent: '{code[start]}' must be followed by digits (as in s-1)");
            }
        }

        if (position >= code.Length || !char.IsAsciiDigit(code[position]))
        {
            return required ? throw Error(start - 1, "malformed exponent: a power of ten needs its exponent (as in 10*3)") : 1;
        }

        var digitsStart = position;
        while (position < code.Length && char.IsAsciiDigit(code[position]))
        {
            position++;
        }

        if (position - digitsStart > MaxExponentDigits)
        {
            throw Error(start, $"malformed exponent: '{code[start..position]}' has more than {MaxExponentDigits} digits");
        }

        return sign * int.Parse(code.AsSpan(digitsStart, position - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private Part WithAnnotation(Part part) =>
        position < code.Length && code[position] == '{' ? part with { Display = $"{part.Display}{{{ReadAnnotation()}}}" } : part;

    private string ReadAnnotation()
    {
        var open = position;
        for (var i = open + 1; i < code.Length; i++)
        {
            if (code[i] == '{')
            {
                throw Error(i, "'{' inside an annotation; annotations do not nest");
            }

            if (code[i] == '}')
            {
                var text = code[(open + 1)..i];
                annotations.Add(text);
                position = i + 1;
                return text;
            }
        }

        throw Error(open, "'{' is never closed");
    }

    private UnitFormatException Error(int index, string problem) => new(code, index + 1, problem);

    private readonly record struct Part(Dimension Dimension, Magnitude Magnitude, string Display);
}
