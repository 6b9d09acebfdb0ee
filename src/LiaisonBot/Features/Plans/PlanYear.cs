using LiaisonBot.Calendar;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Plans;

/// <summary>The year a secretariat card is about: the work year, unless the card names another plausible one.</summary>
public static class PlanYear
{
    public static int Of(Turn turn, WorkCalendar calendar) =>
        turn.ActionNumber(PlanVerbs.Year) is { } year && year is >= 2000 and <= 2100 ? year : calendar.WorkYear;
}
