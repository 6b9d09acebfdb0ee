using LiaisonBot.App;
using LiaisonBot.Features.Assessment;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Features.Broadcasts;
using LiaisonBot.Features.ChannelReports;
using LiaisonBot.Features.DutyFile;
using LiaisonBot.Features.DutyFile.Points;
using LiaisonBot.Features.MassSupervision;
using LiaisonBot.Features.Meetings;
using LiaisonBot.Features.Plans;
using LiaisonBot.Features.Plans.Import;
using LiaisonBot.Features.Reports;
using LiaisonBot.Features.Roster;
using LiaisonBot.Features.Scoring;
using LiaisonBot.Hosting;
using LiaisonBot.Outbox;
using LiaisonBot.Protocol;
using LiaisonBot.Storage;
using LiaisonBot.Telemetry;

if (args is [ImportRosterCommand.Name, ..])
{
    return await ImportRosterCommand.RunAsync(args);
}

if (args is [ImportPlansCommand.Name, ..])
{
    return await ImportPlansCommand.RunAsync(args);
}

if (args is [ImportRulesCommand.Name, ..])
{
    return await ImportRulesCommand.RunAsync(args);
}

if (args is [ImportSchemeCommand.Name, ..])
{
    return await ImportSchemeCommand.RunAsync(args);
}

if (args is [ExportScoresCommand.Name, ..])
{
    return await ExportScoresCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.AddTelemetry();
builder.Services.AddHealthProbes();
builder.Services.AddStorage(builder.Configuration).RefuseDevelopmentStorageInProduction();
builder.AddProtocol();
builder.Services.AddApp(builder.Configuration).ValidatePublicAddress();
builder.Services.AddRoster();
builder.Services.AddReports(builder.Configuration);
builder.Services.AddDutyFile(builder.Configuration);
builder.Services.AddOutbox(builder.Configuration);
builder.Services.AddBroadcasts(builder.Configuration);
builder.Services.AddPlans(builder.Configuration);
builder.Services.AddScoring(builder.Configuration);
builder.Services.AddChannelReports(builder.Configuration);
builder.Services.AddMeetings(builder.Configuration);
builder.Services.AddMassSupervision(builder.Configuration);
builder.Services.AddAssessment(builder.Configuration);

var app = builder.Build().ValidateConfiguration();
app.MapBot();
app.MapHealthProbes();
// Commands appear on the welcome and help cards in this order: reporting first, because that is what members come for.
app.MapReports();
app.MapDutyFile();
app.MapPlans();
app.MapMeetings();
app.MapApp();
app.MapRoster();
app.MapBroadcasts();
app.MapScoring();
app.MapMassSupervision();
app.MapAssessment();
app.MapChannelReports();
app.WarnIfAnonymous();
await app.RunAsync();
return 0;

public partial class Program;
