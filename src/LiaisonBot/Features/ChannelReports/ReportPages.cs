namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// Splits a report's text into pages short enough for one card each (a card must stay under 28 KB, and a Chinese
/// character takes three bytes), breaking between paragraphs where it can and inside a paragraph only when it must.
/// </summary>
public static class ReportPages
{
    /// <summary>About 5 KB of Chinese text: a page reads well on a phone and leaves the card far under the limit.</summary>
    public const int PageChars = 1800;

    public static IReadOnlyList<IReadOnlyList<PagePart>> Split(GroupReportText text)
    {
        var pages = new List<List<PagePart>>();
        var page = new List<PagePart>();
        var used = 0;
        foreach (var (key, section) in text.Sections.Where(s => s.Text.Length > 0))
        {
            var continued = false;
            foreach (var piece in Pieces(section))
            {
                if (used > 0 && used + piece.Length > PageChars)
                {
                    pages.Add(page);
                    page = [];
                    used = 0;
                }

                // Paragraphs of one section on one page stay together as one block.
                if (page.Count > 0 && page[^1].SectionKey == key)
                {
                    page[^1] = page[^1] with { Text = page[^1].Text + "\n\n" + piece };
                }
                else
                {
                    page.Add(new PagePart(key, piece, continued));
                }

                continued = true;
                used += piece.Length;
            }
        }

        if (page.Count > 0 || pages.Count == 0)
        {
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>The section's paragraphs, any longer than a page cut into page-sized pieces.</summary>
    private static IEnumerable<string> Pieces(string section)
    {
        foreach (var paragraph in section.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            for (var start = 0; start < paragraph.Length;)
            {
                var length = Math.Min(PageChars, paragraph.Length - start);
                if (start + length < paragraph.Length && char.IsHighSurrogate(paragraph[start + length - 1]))
                {
                    length--; // never split an emoji or rare character in two
                }

                yield return paragraph.Substring(start, length);
                start += length;
            }
        }
    }
}
