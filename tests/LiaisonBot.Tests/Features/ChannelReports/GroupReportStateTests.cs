using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Features.ChannelReports.Links;

namespace LiaisonBot.Tests.Features.ChannelReports;

/// <summary>Publishing and its outcome: each attempt settles once, and only while it is the attempt being posted.</summary>
public sealed class GroupReportStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);

    private static readonly ChannelLinkEntity Link = new() { RowKey = "T01", ChannelId = "19:reports@thread.tacv2", ServiceUrl = "https://smba.example/", Locale = "zh-CN" };

    [Fact]
    public void Publish_StartsANewAttempt_ThatThePostSettles()
    {
        var r = new GroupReportEntity { PartitionKey = "T01", RowKey = "0123456789abcdef0123456789abcdef" };

        r.Publish(Link, "M001", onBehalf: false, Now);

        Assert.Equal((GroupReportState.Posting, 1, "19:reports@thread.tacv2"), (r.Status, r.PostAttempts, r.PostChannelId));
        Assert.Equal((r.Id, 1), GroupReportEntity.OfPostJob(r.PostJobId));
        Assert.False(r.Posted(attempt: 2, "1765"));
        Assert.True(r.Posted(attempt: 1, "1765"));
        Assert.Equal((GroupReportState.Published, "1765"), (r.Status, r.PostActivityId));
        Assert.False(r.PostFailed(attempt: 1, "Forbidden")); // settled once
        Assert.Throws<InvalidOperationException>(() => r.Publish(Link, "M001", onBehalf: false, Now));
    }

    [Fact]
    public void AFailedPost_CanBePublishedAgain_AsTheNextAttempt()
    {
        var r = new GroupReportEntity { PartitionKey = "T01", RowKey = "0123456789abcdef0123456789abcdef" };
        r.Publish(Link, "M001", onBehalf: false, Now);

        Assert.True(r.PostFailed(attempt: 1, "BotNotInConversationRoster"));
        r.Publish(Link, "M001", onBehalf: false, Now);

        Assert.Equal((GroupReportState.Posting, 2, null), (r.Status, r.PostAttempts, r.PostFailure));
        Assert.False(r.Posted(attempt: 1, "1765")); // the first attempt's outcome, heard late, changes nothing
    }

    [Theory]
    [InlineData("grc-0123456789abcdef0123456789abcdef-1")]
    [InlineData("grp-0123456789abcdef0123456789abcdef")]
    [InlineData("grp-0123456789abcdef0123456789abcdef-x")]
    [InlineData("grp--1")]
    public void OtherJobs_AreNotPostJobs(string jobId) => Assert.Null(GroupReportEntity.OfPostJob(jobId));
}
