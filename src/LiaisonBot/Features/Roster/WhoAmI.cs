using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.Roster;

/// <summary>"Who am I": the caller as the roster knows them.</summary>
public static class WhoAmI
{
    public static Task<AdaptiveCard> ShowAsync(Turn turn, Caller caller, CancellationToken ct) => Task.FromResult(Card(caller));

    public static AdaptiveCard Card(Caller caller)
    {
        var t = caller.Texts;
        var member = caller.Member;
        var facts = new List<Fact> { new(t["Fact.Name"], member.Name), new(t["Fact.Code"], member.Code) };
        facts.AddRange(AppCards.IdentityFacts(caller));
        facts.Add(new Fact(t["Fact.Email"], member.Email));
        return new AdaptiveCard(Parts.Title(t["WhoAmI.Title"]), new FactSet(facts))
        {
            Actions = [new ExecuteAction(t["Button.group"], RosterCommands.Group)],
        };
    }
}
