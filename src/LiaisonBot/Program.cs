using LiaisonBot.Features.Roster;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;

if (args is [ImportRosterCommand.Name, ..])
{
    return await ImportRosterCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddStorage(builder.Configuration);
builder.AddProtocol();
builder.Services.AddRoster(builder.Configuration);

var app = builder.Build();
app.MapBot();
app.MapHealth();
app.MapRoster();
app.WarnIfAnonymous();
await app.RunAsync();
return 0;

public partial class Program;
