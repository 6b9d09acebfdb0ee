using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>A figure's words where the formula tests do not reach them, and how its records are kept short enough to store.</summary>
public sealed class FigureTextTests
{
    private const int Year = 2030;

    [Fact]
    public void OneThing_ReadsAsOneThing_InEnglish()
    {
        Assert.Equal("1 of 1 task done on time", Explain(Texts.English, "B1", new ItemFigure("B1", 15, 1, 1, [])));
        Assert.Equal("0 of 1 member met the yearly minimums", Explain(Texts.English, "C2", new ItemFigure("C2", 0, 0, 1, [])));
        Assert.Equal("Present 1 of 1 time invited (100%)", Explain(Texts.English, "B2", new ItemFigure("B2", 10, 1, 1, [])));
        Assert.Equal("按时完成任务 1 项，共 1 项", Explain(Texts.Chinese, "B1", new ItemFigure("B1", 15, 1, 1, [])));
    }

    [Fact]
    public void ADayOfAnotherYearThanTheDeadline_CarriesItsYear()
    {
        // A plan first sent in the December before its year, due by 31 March.
        var figure = new ItemFigure("A1", 5, 1, 1, [new Evidence(new DateOnly(Year - 1, 12, 28), "围绕乡村振兴开展调研视察", true)]);

        Assert.Equal("计划于2029年12月28日报送（截止3月31日）", Explain(Texts.Chinese, "A1", figure));
        Assert.Equal("Plan sent on 28 Dec 2029 (due by 31 Mar)", Explain(Texts.English, "A1", figure));
    }

    [Fact]
    public void AFigureWithANote_ButSomethingCounted_SaysBoth()
    {
        var figure = new ItemFigure("B1", 7.5m, 2, 4, []) { Note = Figure.Notes.NoMembers };

        Assert.Equal("按时完成任务 2 项，共 4 项 · 名册中本组没有委员", Explain(Texts.Chinese, "B1", figure));
    }

    [Fact]
    public void AnItem_KeepsSixtyRecords_TheRestCountedInOneLine_AndTheFiguresFitTheirRow()
    {
        var lines = Enumerable.Range(1, 200).Select(i => new Evidence(new DateOnly(Year, 1, 1).AddDays(i), $"记录{i} " + new string('述', 80), i % 2 == 0)).ToList();
        var items = Enumerable.Range(1, 20).Select(i => new ItemFigure($"X{i}", 1, 100, 200, lines)).ToList();

        var kept = FigureFit.Within(new GroupFigures("T01", items.Take(1).ToList(), DateTimeOffset.UnixEpoch), 120_000);
        Assert.Equal(60, kept.Items[0].Evidence.Count);
        Assert.Equal("… +141", kept.Items[0].Evidence[^1].Text);
        Assert.Equal("记录59 " + new string('述', 80), kept.Items[0].Evidence[^2].Text);

        // Twenty such items do not fit in 4 × 30 K characters at 60 lines each: fewer are kept, the numbers stay.
        var many = FigureFit.Within(new GroupFigures("T01", items, DateTimeOffset.UnixEpoch), 120_000);
        Assert.True(AssessmentJson.Write(many).Length <= 120_000);
        Assert.All(many.Items, i => Assert.True(i.Evidence.Count < 60 && i.Evidence[^1].Text.StartsWith("… +", StringComparison.Ordinal)));
        Assert.All(many.Items, i => Assert.Equal((100m, 200m), (i.Have, i.Of)));
    }

    private static string Explain(Texts t, string item, ItemFigure figure) => FigureText.Explain(t, FigureSchemes.Item(Year, item), figure);
}
