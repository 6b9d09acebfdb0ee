using LiaisonBot.Cards;
using LiaisonBot.Features.Broadcasts;
using LiaisonBot.Localization;
using LiaisonBot.Outbox;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Features.Reports;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Broadcasts;

public sealed class BroadcastCardSamples : ICardSamples
{
    public static BroadcastEntity Sample(BroadcastState state = BroadcastState.Sent, bool urgent = true) => new()
    {
        RowKey = Guid.NewGuid().ToString("N"),
        Title = "关于召开县政协十届三次常委会议的通知",
        Body = "各位委员：\n\n定于 **12月10日上午9:00** 在县政协三楼会议室召开常委会议，请准时参加。\n\n- 审议各联络组年度工作报告\n- 对各联络组进行测评\n\n[会议议程](https://cppcc-demo.example.cn/agenda)",
        LinkUrl = "https://cppcc-demo.example.cn/agenda",
        LinkTitle = "查看议程",
        Urgent = urgent,
        AskAck = true,
        Everyone = true,
        State = state.ToString(),
        CreatedBy = "S01",
        CreatedAt = DateTimeOffset.UtcNow,
        SentAt = DateTimeOffset.UtcNow,
        EditedAt = DateTimeOffset.UtcNow,
        NotInstalled = string.Join(';', SampleRoster.Roster.Members.Take(40).Select(m => m.Code)),
    };

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var roster = SampleRoster.Roster;
        var calendar = ReportSamples.Calendar;
        var sent = Sample();
        var longest = Sample();
        longest.Title = new string('题', BroadcastForm.MaxTitle);
        longest.Body = new string('文', BroadcastForm.MaxBody);
        var errors = new[] { BroadcastForm.Title, BroadcastForm.Body, BroadcastForm.LinkUrl, BroadcastForm.LinkTitle, BroadcastForm.Everyone, BroadcastForm.SendDate }
            .ToDictionary(f => f, _ => new FieldError("Form.TooLong", 100, 200));
        var deliveries = roster.Members.Skip(40).Select((m, i) => new DeliveryRecord(m.Code,
            i % 10 == 0 ? DeliveryState.NotReachable : i % 17 == 0 ? DeliveryState.Queued : DeliveryState.Delivered,
            i % 10 == 0 ? "ConversationBlockedByUser" : null, "1700000000" + i, 1, DateTimeOffset.UtcNow)).ToList();
        var acks = roster.Members.Skip(60).Take(50).ToDictionary(m => m.Code, _ => DateTimeOffset.UtcNow);
        var progress = new BroadcastProgress(141, 5, 90, 46, 0, 50);

        yield return ("compose", ComposeNotice.Card(t, sent.Id, BroadcastValues.Empty, new Dictionary<string, FieldError>(), roster, false));
        yield return ("compose-errors", ComposeNotice.Card(t, sent.Id, new BroadcastValues(new string('题', 200), new string('文', 4200),
            "http://x", new string('链', 80), true, false, "T01,A02", "leader", true, "2020-01-01", "08:00"), errors, roster, false));
        yield return ("compose-edit-sent", ComposeNotice.Card(t, sent.Id, BroadcastValues.Empty, new Dictionary<string, FieldError>(), roster, true));
        yield return ("preview", PreviewNotice.Card(t, longest, 138, 40, calendar, false));
        var scheduled = Sample(BroadcastState.Draft);
        scheduled.SendAt = DateTimeOffset.UtcNow.AddDays(1);
        yield return ("preview-scheduled", PreviewNotice.Card(t, scheduled, 24, 0, calendar, false));
        yield return ("notice", NoticeCard.Card(t, sent, calendar, null));
        yield return ("notice-longest-reminder", NoticeCard.Card(t, longest, calendar, null, reminder: true));
        yield return ("notice-acked", NoticeCard.Card(t, sent, calendar, DateTimeOffset.UtcNow));
        yield return ("notice-recalled", NoticeCard.Recalled(t));
        foreach (var state in Enum.GetValues<BroadcastState>())
        {
            yield return ($"status-{state}", NoticeStatus.Card(t, Sample(state), progress, calendar));
        }

        yield return ("list", NoticeList.Card(t, Enumerable.Range(0, 10).Select(i => (Sample((BroadcastState)(i % 6)), progress)).ToList(), calendar));
        yield return ("list-empty", NoticeList.Card(t, [], calendar));
        yield return ("detail-everyone", NoticeDetail.Card(t, sent, roster, deliveries, acks));
        yield return ("confirm-recall", RecallNotice.Confirmation(t, sent));
        yield return ("message", BroadcastNotice.Saying(t, t.Plural("Broadcast.Reminded", 42)));
    }
}
