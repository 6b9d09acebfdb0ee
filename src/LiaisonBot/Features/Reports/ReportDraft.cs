using LiaisonBot.App;
using LiaisonBot.Calendar;

namespace LiaisonBot.Features.Reports;

/// <summary>A report as the member filled it in, already checked by <see cref="ReportForm"/>.</summary>
public sealed record ReportDraft(
    ActivityKind Kind,
    string Title,
    DateOnly Date,
    string? Place,
    string Description,
    string? Outcome,
    IReadOnlyList<string> Participants,
    ReportTask? Task)
{
    /// <summary>Writes the draft into a stored report, as <paramref name="author"/> (as the roster knows them now) filed it.</summary>
    public void WriteTo(ReportEntity entity, Member author, DateTimeOffset now, WorkCalendar calendar)
    {
        entity.AuthorName = author.Name;
        entity.GroupCode = author.GroupCode;
        entity.WorkYear = Date.Year;
        entity.Kind = Kind.ToString();
        entity.Title = Title;
        entity.ActivityDate = calendar.ToUtc(Date);
        entity.Place = Place;
        entity.Description = Description;
        entity.Outcome = Outcome;
        entity.Participants = Participants.Count > 0 ? string.Join(';', Participants) : null;
        (entity.TaskKey, entity.TaskTitle) = (Task?.Key, Task?.Title);
        entity.UpdatedAt = now;
    }
}

/// <summary>The plan task a report is filed for: its key, and its title as the receipt shows it.</summary>
public sealed record ReportTask(string Key, string Title);
