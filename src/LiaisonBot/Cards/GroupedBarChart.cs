using System.Globalization;

namespace LiaisonBot.Cards;

/// <summary>
/// Teams' grouped vertical bar chart (<c>Chart.VerticalBar.Grouped</c>): a bar of each series side by side at each label,
/// such as a group and the county average per section. Like <see cref="BarChart"/>, Teams on iOS does not draw it, so it
/// is only made with its <see cref="Fallback"/>: a table of the same numbers, a row per label and a column per series.
/// </summary>
public sealed record GroupedBarChart : CardElement
{
    private GroupedBarChart(IReadOnlyList<ChartSeries> data, CardElement fallback) => (Data, Fallback) = (data, fallback);

    public string? Title { get; init; }

    public bool ShowBarValues => true;

    public IReadOnlyList<ChartSeries> Data { get; }

    public CardElement Fallback { get; }

    /// <param name="labels">What each group of bars is about (a section), in order.</param>
    /// <param name="series">Each series' legend and its value at each label, in the order of <paramref name="labels"/>.</param>
    public static GroupedBarChart Of(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Legend, IReadOnlyList<decimal> Values)> series)
    {
        static TextBlock Cell(string text, bool header) => new(text)
        {
            Size = TextSize.Small,
            Weight = header ? TextWeight.Bolder : null,
            Spacing = Cards.Spacing.None,
            HorizontalAlignment = Cards.HorizontalAlignment.Right,
        };

        var columns = new List<Column>
        {
            new([new TextBlock(" ") { Size = TextSize.Small, Spacing = Cards.Spacing.None }, .. labels.Select(l => new TextBlock(l) { Size = TextSize.Small, Spacing = Cards.Spacing.None })])
            {
                Width = "stretch",
            },
        };
        columns.AddRange(series.Select(s => new Column([Cell(s.Legend, header: true), .. s.Values.Select(v => Cell(Number(v), header: false))]) { Width = "auto" }));
        var fallback = new Container([new TextBlock(title) { Weight = TextWeight.Bolder, Size = TextSize.Small }, new ColumnSet(columns) { Spacing = Cards.Spacing.Small }]);
        var data = series.Select(s => new ChartSeries(s.Legend, [.. labels.Select((l, i) => new ChartBar(l, s.Values[i]))])).ToList();
        return new GroupedBarChart(data, fallback) { Title = title };
    }

    private static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>One series of a grouped chart: its legend and a bar at each label.</summary>
public sealed record ChartSeries(string Legend, IReadOnlyList<ChartBar> Values);
