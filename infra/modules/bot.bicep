// The Azure Bot registration: the bot is the user-assigned managed identity (no app secret anywhere), its messaging
// endpoint is the container app, and Microsoft Teams is its one channel.

@description('Bot resource name, unique in the cloud.')
param name string

@description('Where the bot registration lives; "global" unless a regional bot is wanted.')
param location string

param displayName string

@allowed([
  'F0'
  'S1'
])
param sku string

@description('https address of the bot\'s messaging endpoint (ending /api/messages).')
param endpoint string

@description('The managed identity the bot signs in as.')
param identityClientId string
param identityTenantId string
param identityResourceId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: location
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: identityTenantId
    msaAppMSIResourceId: identityResourceId
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: location
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
