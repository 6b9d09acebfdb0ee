using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.App;

/// <summary>
/// A command the user can type (in either language) or tap. <paramref name="Requires"/>: null = anyone, even people not
/// on the roster; <see cref="Roles.None"/> = anyone on the roster; otherwise any of the given roles.
/// Its texts are <c>Command.{Verb}</c> (the word typed), <c>Help.{Verb}</c> and <c>Button.{Verb}</c>.
/// </summary>
public sealed record CommandInfo(string Verb, Roles? Requires)
{
    /// <summary>Where the command works; help and the welcome offer it only there.</summary>
    public CommandScope Scope { get; init; } = CommandScope.Anywhere;

    public bool Allows(Sender sender) =>
        Requires is not { } roles || (sender.IsOnRoster && (roles == Roles.None || (sender.Member.Roles & roles) != 0));

    /// <summary>Whether the command can do its work in a personal chat (<paramref name="personal"/>) or in a channel or group chat.</summary>
    public bool WorksIn(bool personal) => Scope == CommandScope.Anywhere || (Scope == CommandScope.Personal) == personal;

    public string Word(Texts texts) => texts[$"Command.{Verb}"];

    public ExecuteAction Button(Texts texts) => new(texts[$"Button.{Verb}"], Verb);
}

/// <summary>Where a command can do its work: some need a channel (linking a group to it), some a 1:1 chat.</summary>
public enum CommandScope
{
    Anywhere,
    Personal,
    Channel,
}
