using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>
/// What the compose card shows. <see cref="Group"/> is null only for the secretariat starting a report, who then picks
/// the group; <see cref="Place"/> is the linked channel, or null when the group has none yet.
/// </summary>
public sealed record ComposeState(
    string Id,
    Group? Group,
    string? ETag,
    bool Correcting,
    GroupReportValues Values,
    IReadOnlyDictionary<string, FieldError> Errors,
    string? Place,
    string? Notice = null);

public static partial class GroupReportCards
{
    public static AdaptiveCard Compose(Texts t, ComposeState s, Committee roster)
    {
        var body = new List<CardElement> { Parts.Title(t[s.Correcting ? "GroupReport.Compose.CorrectTitle" : "GroupReport.Compose.Title"]) };
        if ((s.Notice ?? (s.Errors.Count > 0 ? "GroupReport.Form.Fix" : null)) is { } notice)
        {
            body.Add(new TextBlock(t[notice]) { Color = s.Errors.Count > 0 || s.Notice is "GroupReport.Changed" ? TextColor.Attention : TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (s.Correcting)
        {
            body.Add(new TextBlock(t["GroupReport.Compose.CorrectIntro"]) { IsSubtle = true, Size = TextSize.Small });
        }

        void Field(string name, CardElement input)
        {
            body.Add(input with { Id = name });
            if (s.Errors.TryGetValue(name, out var error))
            {
                body.Add(Parts.ErrorLine(t, error));
            }
        }

        var v = s.Values;
        if (s.Group is { } group)
        {
            body.Add(new TextBlock(group.Name + (s.Correcting ? $" · {GroupReportKinds.Parse(v.Kind)?.Name(t)}" : "")) { Weight = TextWeight.Bolder, Spacing = Spacing.None });
            body.Add(PlaceLine(t, s.Place));
        }
        else
        {
            Field(ChannelReportVerbs.Group, new InputChoiceSet
            {
                Label = t["GroupReport.Field.GroupOnBehalf"], IsRequired = true, ErrorMessage = t["Form.Required"], Style = "compact",
                Placeholder = t["Report.Placeholder.Choose"], Choices = roster.Groups.Select(g => new Choice(g.Name, g.Code)).ToList(),
            });
        }

        if (!s.Correcting)
        {
            Field(GroupReportForm.Kind, new InputChoiceSet
            {
                Label = t["GroupReport.Field.Kind"], IsRequired = true, ErrorMessage = t["Form.Required"], Style = "compact",
                Placeholder = t["Report.Placeholder.Choose"], Value = GroupReportKinds.Parse(v.Kind)?.ToString(),
                Choices = Enum.GetValues<GroupReportKind>().Select(k => new Choice(k.Name(t), k.ToString())).ToList(),
            });
        }

        Field(GroupReportForm.Title, new InputText
        {
            Label = t["GroupReport.Field.Title"], IsRequired = true, ErrorMessage = t["Form.Required"], MaxLength = GroupReportForm.MaxTitle,
            Placeholder = t["GroupReport.Placeholder.Title"], Value = CardData.OrNull(v.Title),
        });
        Field(GroupReportForm.From, new InputDate { Label = t["GroupReport.Field.From"], IsRequired = true, ErrorMessage = t["Report.Error.DateFormat"], Value = CardData.OrNull(v.From) });
        Field(GroupReportForm.To, new InputDate { Label = t["GroupReport.Field.To"], IsRequired = true, ErrorMessage = t["Report.Error.DateFormat"], Value = CardData.OrNull(v.To) });
        foreach (var (name, text) in GroupReportForm.SectionFields.Zip(v.Sections))
        {
            Field(name, new InputText
            {
                Label = t[$"GroupReport.Section.{name}"], IsMultiline = true, MaxLength = GroupReportForm.MaxSection, Value = CardData.OrNull(text),
            });
        }

        body.Add(new TextBlock(t["GroupReport.Compose.FiguresNote"]) { IsSubtle = true, Size = TextSize.Small });
        var data = new Dictionary<string, string> { [ChannelReportVerbs.Id] = s.Id };
        if (s.Group is not null)
        {
            data[ChannelReportVerbs.Group] = s.Group.Code;
        }

        if (s.ETag is not null)
        {
            data[ChannelReportVerbs.ETag] = s.ETag;
        }

        if (s.Correcting)
        {
            data[ChannelReportVerbs.Correcting] = "true";
            data[GroupReportForm.Kind] = v.Kind; // a correction changes the words, not what kind of report it is
        }

        var actions = new List<CardAction> { new ExecuteAction(t["GroupReport.Preview"], ChannelReportVerbs.Preview) { Data = data } };
        if (!s.Correcting)
        {
            actions.Add(new ExecuteAction(t["GroupReport.SaveDraft"], ChannelReportVerbs.Save) { Data = data });
        }

        if (s.Group is not null)
        {
            actions.Add(new ExecuteAction(t["GroupReport.Ours"], ChannelReportVerbs.Ours) { Data = new Dictionary<string, string> { [ChannelReportVerbs.Group] = s.Group.Code }, AssociatedInputs = "none" });
        }

        return new AdaptiveCard(body) { Actions = actions, Speak = t[s.Correcting ? "GroupReport.Compose.CorrectTitle" : "GroupReport.Compose.Title"] };
    }

    /// <summary>The report exactly as the channel will show it, before anything is posted.</summary>
    public static AdaptiveCard Preview(Texts t, GroupReportEntity r, Committee roster, WorkCalendar calendar, string? place, bool correcting, string? notice = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(t[correcting ? "GroupReport.Preview.CorrectTitle" : "GroupReport.Preview.Title"]) { Weight = TextWeight.Bolder, Color = TextColor.Accent },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(t[notice]) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        body.Add(new Container(Summary(t, r, roster, calendar)) { Separator = true });
        body.Add(PlaceLine(t, place) with { Separator = true });
        var ids = new Dictionary<string, string> { [ChannelReportVerbs.Group] = r.GroupCode, [ChannelReportVerbs.Id] = r.Id, [ChannelReportVerbs.ETag] = r.ETag.ToString() };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                correcting
                    ? new ExecuteAction(t["GroupReport.SaveCorrection"], ChannelReportVerbs.Correct) { Data = ids }
                    : new ExecuteAction(t["GroupReport.Publish"], ChannelReportVerbs.Publish) { Data = ids },
                new ExecuteAction(t["GroupReport.Edit"], ChannelReportVerbs.Edit) { Data = ids },
            ],
        };
    }

    private static TextBlock PlaceLine(Texts t, string? place) => place is null
        ? new TextBlock("⚠ " + t["GroupReport.NoChannelYet"]) { Color = TextColor.Warning, Size = TextSize.Small }
        : new TextBlock(t.Format("GroupReport.PostsTo", place)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };
}
