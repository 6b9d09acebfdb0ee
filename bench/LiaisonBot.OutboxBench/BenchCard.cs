using System.Text;
using LiaisonBot.Protocol;

namespace LiaisonBot.OutboxBench;

/// <summary>A broadcast notice as an Adaptive Card of about 30 KB of JSON (the size the broadcasts feature allows).</summary>
internal static class BenchCard
{
    public static Activity Create(string locale, int bytes = 30 * 1024)
    {
        var line = locale == "en"
            ? "Members of every liaison group: the spring inspection of township health centres starts on Monday; report what you see on the form. "
            : "各联络组委员：乡镇卫生院春季视察周一开始，请用履职表上报所见所闻，注意按时提交材料并与组长保持联系。";
        var body = new List<object> { new { type = "TextBlock", text = locale == "en" ? "Notice" : "通知", weight = "Bolder", size = "Large" } };
        var size = 0;
        for (var i = 0; size < bytes; i++)
        {
            var text = $"{i + 1}. {line}";
            body.Add(new { type = "TextBlock", text, wrap = true });
            size += Encoding.UTF8.GetByteCount(text) + 40;
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Locale = locale,
            Attachments =
            [
                new Attachment
                {
                    ContentType = "application/vnd.microsoft.card.adaptive",
                    Content = new { type = "AdaptiveCard", version = "1.5", body },
                },
            ],
        };
    }
}
