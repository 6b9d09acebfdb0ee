using System.Net;
using System.Text.RegularExpressions;

namespace LiaisonBot.Protocol;

public static partial class Mentions
{
    /// <summary>
    /// Removes the bot's own mention using the activity's mention entities (the entity text is exactly what Teams put in
    /// the message), then any leftover &lt;at&gt; markup, and decodes entities such as &amp;nbsp;.
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

        text = AtTag().Replace(text, " ");
        return Whitespace().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
