using System.Diagnostics.CodeAnalysis;
using LiaisonBot.Localization;

namespace LiaisonBot.App;

/// <summary>
/// Whoever sent the activity, as the server identified them (never from card data): a roster member, or someone the
/// roster does not know. Handlers of roster-only commands get a <see cref="Caller"/> instead.
/// </summary>
public sealed record Sender(Member? Member, Committee Roster, Texts Texts)
{
    [MemberNotNullWhen(true, nameof(Member))]
    public bool IsOnRoster => Member is not null;

    /// <summary>The sender as a roster member, or null for someone the roster does not know.</summary>
    public Caller? AsCaller() => Member is { } member ? new Caller(member, Roster, Texts) : null;
}
