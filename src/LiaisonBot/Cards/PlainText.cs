using System.Text;

namespace LiaisonBot.Cards;

/// <summary>
/// Text from the public (or anyone not trusted to format) shown in a TextBlock, which renders markdown: every character
/// markdown gives a meaning is escaped, so "**", "[link](…)" or a leading "1." show as typed and nothing becomes a link.
/// </summary>
public static class PlainText
{
    private const string Special = "\\`*_{}[]()<>#+-.!|~";

    public static string Literal(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
