using System.Text.Json;
using LiaisonBot.Cards;

namespace LiaisonBot.Features.Reports;

public static class ReportWithdrawal
{
    public const int MaxReason = 200;

    /// <summary>The reason typed on the confirmation card, or what is wrong with it.</summary>
    public static (string Reason, FieldError? Error) Read(JsonElement? data)
    {
        var reason = CardData.Text(data, ReportVerbs.Reason, MaxReason + 100);
        return (reason, CardData.Length(reason, MaxReason, required: true));
    }
}
