using LiaisonBot.Features.Assessment.Process;
using LiaisonBot.Tests.Features.ChannelReports;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;
using static LiaisonBot.Tests.Features.ChannelReports.ChannelReportTesting;

namespace LiaisonBot.Tests.Features.Assessment.Figures;

/// <summary>A report the leader posts in the group's channel reaches the open year's figures as soon as it is in the channel.</summary>
public sealed class PostedReportFigureTests
{
    [Fact]
    public async Task TheAnnualReport_PostedInTheChannel_FillsTheOpenYearsFigure()
    {
        var (host, team, leader, _) = await StartAsync();
        await using var running = host; // stopped whatever the test comes to
        var year = ReportSamples.Calendar.WorkYear;
        var seed = new FiguresTesting(host);
        await seed.AssessmentAsync(FigureSchemes.Scheme(year), AssessmentState.Open);
        await LinkAsync(host, team, leader);

        var (id, _) = await PublishAsync(host, leader, ChannelReportSamples.Form());
        await PublishedAsync(host, id);

        // Posted today, before 15 January of the next year: all 5 points, the report its record.
        await Eventually.HoldsAsync(async () => (await seed.Store.GroupAsync(year, "T01", CancellationToken.None))?.ReadFigures()?.For("A2") is { Points: 5 },
            "the figures follow the post");
        var figure = (await seed.Store.GroupAsync(year, "T01", CancellationToken.None))!.ReadFigures()!.For("A2")!;
        Assert.Equal([(ReportSamples.Calendar.Today, "城关镇联络组2026年度工作报告")], figure.Evidence.Select(e => (e.Date!.Value, e.Text)));
    }
}
