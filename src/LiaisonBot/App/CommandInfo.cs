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
    public bool Allows(Sender sender) =>
        Requires is not { } roles || (sender.IsOnRoster && (roles == Roles.None || (sender.Member.Roles & roles) != 0));

    public string Word(Texts texts) => texts[$"Command.{Verb}"];

    public ExecuteAction Button(Texts texts) => new(texts[$"Button.{Verb}"], Verb);
}
