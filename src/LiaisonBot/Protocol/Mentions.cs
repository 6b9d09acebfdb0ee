using System.Net;
using System.Text.RegularExpressions;

namespace LiaisonBot.Protocol;

public static partial class Mentions
{
    /// <summary>
    /// Removes the bot's own mention using the activity's mention entities (the entity text is exactly what Teams put in
    /// the message), then any leftover &lt;at&gt; markup and, in a 1:1 chat, a leading "@name" typed as plain text, and decodes
    /// entities such as &amp;nbsp;.
    /// </summary>
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.Type == "mention" && mention.Text is { Length: > 0 } markup &&
                (mention.Mentioned?.Id is null || mention.Mentioned.Id == activity.Recipient?.Id))
            {
                text = text.Replace(markup, " ", StringComparison.Ordinal);
            }
        }

        text = Whitespace().Replace(WebUtility.HtmlDecode(AtTag().Replace(text, " ")), " ").Trim();
        // In a 1:1 chat Teams makes no mention of a typed "@LiaisonBot" (or "@联络组助手"): the name arrives as plain text,
        // and the bot is the only one such a chat can address.
        if (activity.Conversation?.ConversationType is null or "personal" && text.StartsWith('@'))
        {
            var name = activity.Recipient?.Name is { Length: > 0 } n && text.StartsWith("@" + n, StringComparison.OrdinalIgnoreCase)
                ? n.Length + 1
                : text.IndexOf(' ') is var space and > 0 ? space : text.Length;
            return text[name..].Trim();
        }

        return text;
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
