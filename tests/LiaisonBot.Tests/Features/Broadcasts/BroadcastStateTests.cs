using LiaisonBot.Features.Broadcasts;

namespace LiaisonBot.Tests.Features.Broadcasts;

/// <summary>Which state changes a notice allows, from which states: the one place they are decided.</summary>
public sealed class BroadcastStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(BroadcastState.Draft, true, false, false, false, false)]
    [InlineData(BroadcastState.Scheduled, false, true, true, true, false)]
    [InlineData(BroadcastState.Sending, false, false, true, false, true)]
    [InlineData(BroadcastState.Sent, false, false, false, false, true)]
    [InlineData(BroadcastState.Cancelled, false, false, false, false, false)]
    [InlineData(BroadcastState.Recalled, false, false, false, false, false)]
    public void EachChange_IsAllowedOnlyFromItsStates(BroadcastState from, bool send, bool start, bool markSent, bool cancel, bool recall)
    {
        Assert.Equal(send, In(from).Send(Now));
        Assert.Equal(start, In(from).Start());
        Assert.Equal(markSent, In(from).MarkSent());
        Assert.Equal(cancel, In(from).Cancel());
        Assert.Equal(recall, In(from).Recall());
    }

    [Fact]
    public void Send_GoesOutNow_OrIsScheduled_AndSaysWhenItWasSent()
    {
        var now = In(BroadcastState.Draft);
        var later = In(BroadcastState.Draft);
        later.SendAt = Now.AddDays(1);

        now.Send(Now);
        later.Send(Now);

        Assert.Equal((BroadcastState.Sending, Now), (now.Status, now.SentAt));
        Assert.Equal((BroadcastState.Scheduled, Now.AddDays(1)), (later.Status, later.SentAt));
    }

    [Fact]
    public void TheSendJob_NamesItsNotice_AndNoOtherJobDoes()
    {
        var b = In(BroadcastState.Sending);

        Assert.Equal(b.Id, BroadcastEntity.OfSendJob(b.SendJobId));
        Assert.Null(BroadcastEntity.OfSendJob(b.SendJobId + "r1")); // a reminder
        Assert.Null(BroadcastEntity.OfSendJob(b.SendJobId + "x")); // a recall
        Assert.Null(BroadcastEntity.OfSendJob("grp-" + b.Id + "-1"));
    }

    private static BroadcastEntity In(BroadcastState state) => new() { RowKey = "0123456789abcdef0123456789abcdef", State = state.ToString() };
}
