using System.Globalization;

namespace LiaisonBot.Cards;

/// <summary>
/// Teams' horizontal bar chart (<c>Chart.HorizontalBar</c>). Teams draws it on desktop and web but not on iOS, so it is
/// only made with its <see cref="Fallback"/>: the same bars as text, which every client shows.
/// </summary>
public sealed record BarChart : CardElement
{
    private BarChart(IReadOnlyList<ChartBar> data, CardElement fallback) => (Data, Fallback) = (data, fallback);

    public string? Title { get; init; }

    public IReadOnlyList<ChartBar> Data { get; }

    public CardElement Fallback { get; }

    /// <summary>The chart, and for clients without charts a two-column table of labels and text bars with their values.</summary>
    public static BarChart Of(string title, IReadOnlyList<(string Label, decimal Value)> bars)
    {
        var longest = Math.Max(1m, bars.Select(b => b.Value).DefaultIfEmpty().Max());
        var table = new ColumnSet(
        [
            new Column([.. bars.Select(b => new TextBlock(b.Label) { Size = TextSize.Small, Spacing = Cards.Spacing.None })]) { Width = "auto" },
            new Column([.. bars.Select(b => new TextBlock($"{new string('█', (int)Math.Ceiling(10 * Math.Max(0, b.Value) / longest))} {b.Value.ToString("0.##", CultureInfo.InvariantCulture)}")
                { Size = TextSize.Small, Color = TextColor.Accent, Spacing = Cards.Spacing.None })]) { Width = "stretch" },
        ])
        { Spacing = Cards.Spacing.Small };
        var fallback = new Container([new TextBlock(title) { Weight = TextWeight.Bolder, Size = TextSize.Small }, table]);
        return new BarChart(bars.Select(b => new ChartBar(b.Label, b.Value)).ToList(), fallback) { Title = title };
    }
}

/// <summary>One bar: its label (<c>x</c>) and its value (<c>y</c>).</summary>
public sealed record ChartBar(string X, decimal Y);
