using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.App;

/// <summary>The cards every feature relies on: welcome, help, and the refusals of the role check.</summary>
public static class AppCards
{
    public static AdaptiveCard Welcome(Caller caller, IEnumerable<CommandInfo> commands)
    {
        var t = caller.Texts;
        return new AdaptiveCard(
        [
            new Container([
                Parts.Title(t.Format("Welcome.Title", caller.Member.Name)),
                new TextBlock(t["Welcome.Intro"]) { IsSubtle = true },
            ]) { Style = ContainerStyle.Emphasis, Bleed = true },
            new FactSet(IdentityFacts(caller).ToList()),
            new TextBlock(t["Welcome.YouCan"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            .. Parts.ButtonRows(commands.Select(c => c.Button(t))),
        ])
        {
            Speak = t.Format("Welcome.Title", caller.Member.Name),
        };
    }

    public static AdaptiveCard NotOnRoster(Sender sender)
    {
        var t = sender.Texts;
        return new AdaptiveCard(
            Parts.Title(t["NotOnRoster.Title"]),
            new TextBlock(t.Format("NotOnRoster.Body", Secretariat(t, sender.Roster))))
        {
            Speak = t["NotOnRoster.Title"],
        };
    }

    public static AdaptiveCard Help(Sender sender, IReadOnlyList<CommandInfo> commands, string? notUnderstood)
    {
        var t = sender.Texts;
        var body = new List<CardElement> { Parts.Title(t["Help.Title"]) };
        if (notUnderstood is { Length: > 0 })
        {
            body.Add(new TextBlock(t.Format("Help.NotUnderstood", Parts.Clip(notUnderstood, 40))) { Color = TextColor.Attention });
        }

        body.Add(new TextBlock(t["Help.Intro"]) { IsSubtle = true });
        body.Add(new FactSet(commands.Select(c => new Fact(c.Word(t), t[$"Help.{c.Verb}"])).ToList()));
        if (!sender.IsOnRoster)
        {
            body.Add(new TextBlock(t["Help.NotOnRoster"]) { IsSubtle = true, Separator = true });
        }

        body.AddRange(Parts.ButtonRows(commands.Where(c => c.Verb != AppCommands.Help).Select(c => c.Button(t))));
        return new AdaptiveCard(body) { Speak = t["Help.Title"] };
    }

    /// <summary>A refusal that says whom to ask, so a member who should have the role is not left at a dead end.</summary>
    public static AdaptiveCard NotAllowed(Caller caller, Roles requires) => NotAllowed(caller.Texts, caller.Roster, requires);

    public static AdaptiveCard NotAllowed(Texts t, Committee roster, Roles requires) =>
        new(new TextBlock(t.Format("NotAllowed.Contact", RoleNames.Display(t, requires, t["List.Or"]), Secretariat(t, roster))) { Color = TextColor.Attention });

    /// <summary>Whom to ask about the roster and roles: the secretariat staff by name and e-mail (the office, if the roster has none).</summary>
    public static string Secretariat(Texts t, Committee roster)
    {
        var office = roster.WithRole(Roles.Secretariat).Select(s => $"{s.Name} {s.Email}").ToList();
        return office.Count > 0 ? string.Join(t["List.Separator"], office) : t["NotOnRoster.Office"];
    }

    /// <summary>The caller's group and roles, as the welcome card and "my info" show them.</summary>
    public static IEnumerable<Fact> IdentityFacts(Caller caller)
    {
        var t = caller.Texts;
        var group = caller.Group;
        yield return new Fact(t["Fact.Group"], group is null ? t["WhoAmI.NoGroup"] : t.Format("Fact.GroupKind", group.Name, t[$"Kind.{group.Kind}"]));
        yield return new Fact(t["Fact.Roles"], RoleNames.Display(t, caller.Member.Roles));
    }
}
