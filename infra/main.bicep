// LiaisonBot in one resource group: a user-assigned managed identity (the bot's identity and its key to storage), a
// storage account without shared keys, the container app that runs the bot, and the Azure Bot with its Teams channel.
// Deploy: az deployment group create -g <group> -f infra/main.bicep -p infra/main.parameters.example.json (docs/deploy.md).

@description('Short name the resources are named after (letters, digits, hyphens).')
@minLength(3)
@maxLength(20)
param name string = 'liaisonbot'

@description('Region of every resource but the bot registration, e.g. chinanorth3 or eastasia.')
param location string = resourceGroup().location

@description('The Azure cloud: fills every Bot Framework, Entra and Storage endpoint in the app (setting Cloud).')
@allowed([
  'Public'
  'China'
  'USGov'
])
param cloud string = environment().name == 'AzureChinaCloud'
  ? 'China'
  : environment().name == 'AzureUSGovernment' ? 'USGov' : 'Public'

@description('Container image of the bot, e.g. myregistry.azurecr.io/liaisonbot:1.0.0.')
param image string

@description('An Azure Container Registry in this resource group holding the image: the identity gets AcrPull on it. Empty for a public image.')
param containerRegistryName string = ''

@description('Tenant ids whose people may use the bot (Bot__AllowedTenants). Default: this subscription\'s tenant.')
param allowedTenantIds array = [tenant().tenantId]

@description('Custom domain bound to the container app (required where Container Apps gives no public default domain, e.g. Azure China). Empty: the app\'s own address.')
param publicHostName string = ''

@description('The certificate that protects the Data Protection key ring: certificate and encrypted private key, as the text of one PEM file.')
@secure()
param keyRingCertificate string

@description('Password of the key ring certificate\'s private key.')
@secure()
param keyRingCertificatePassword string

@description('True after the key ring certificate was rolled (docs/deploy.md): keyRingPreviousCertificate then holds the one used before.')
param keyRingRolled bool = false

@description('After a roll: the certificate used before (PEM, same password), kept so the keys it protected stay readable.')
@secure()
param keyRingPreviousCertificate string = ''

@description('Also create Application Insights and send traces and metrics there.')
param applicationInsights bool = true

@description('OTLP endpoint traces and metrics are exported to (OTEL_EXPORTER_OTLP_ENDPOINT); empty for none.')
param otlpEndpoint string = ''

@description('Location of the Azure Bot registration.')
param botLocation string = 'global'

@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

param botDisplayName string = 'LiaisonBot'

@minValue(1)
param minReplicas int = 1

@minValue(1)
param maxReplicas int = 2

param logRetentionDays int = 30

var suffix = uniqueString(resourceGroup().id, name)
var keyRingContainer = 'keyring'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-identity'
  location: location
}

module storage 'modules/storage.bicep' = {
  name: '${name}-storage'
  params: {
    name: '${take(toLower(replace(name, '-', '')), 11)}${suffix}'
    location: location
    principalId: identity.properties.principalId
    keyRingContainer: keyRingContainer
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = if (!empty(containerRegistryName)) {
  name: containerRegistryName
}

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(containerRegistryName)) {
  name: guid(resourceGroup().id, containerRegistryName, identity.id, 'AcrPull')
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '7f951dda-4ed3-4680-a7ca-43fe172d538d')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

var tenantEnv = [
  for (tenantId, i) in allowedTenantIds: {
    name: 'Bot__AllowedTenants__${i}'
    value: tenantId
  }
]
var otlpEnv = empty(otlpEndpoint)
  ? []
  : [
      {
        name: 'OTEL_EXPORTER_OTLP_ENDPOINT'
        value: otlpEndpoint
      }
    ]
var settings = [
  {
    name: 'Cloud'
    value: cloud
  }
  {
    name: 'MicrosoftAppType'
    value: 'UserAssignedMSI'
  }
  {
    name: 'MicrosoftAppId'
    value: identity.properties.clientId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: identity.properties.tenantId
  }
  {
    // DefaultAzureCredential picks the user-assigned identity by this id.
    name: 'AZURE_CLIENT_ID'
    value: identity.properties.clientId
  }
  {
    name: 'Storage__AccountName'
    value: storage.outputs.name
  }
  {
    name: 'KeyRing__Container'
    value: keyRingContainer
  }
]

module app 'modules/app.bicep' = {
  name: '${name}-app'
  dependsOn: [
    acrPull
  ]
  params: {
    name: name
    location: location
    image: image
    registryServer: empty(containerRegistryName) ? '' : registry!.properties.loginServer
    identityResourceId: identity.id
    publicHostName: publicHostName
    env: concat(settings, tenantEnv, otlpEnv)
    keyRingCertificate: keyRingCertificate
    keyRingCertificatePassword: keyRingCertificatePassword
    rolled: keyRingRolled
    keyRingPreviousCertificate: keyRingPreviousCertificate
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    logRetentionDays: logRetentionDays
    applicationInsights: applicationInsights
  }
}

module bot 'modules/bot.bicep' = {
  name: '${name}-bot'
  params: {
    name: '${name}-${suffix}'
    location: botLocation
    displayName: botDisplayName
    sku: botSku
    endpoint: '${app.outputs.publicBaseUrl}/api/messages'
    identityClientId: identity.properties.clientId
    identityTenantId: identity.properties.tenantId
    identityResourceId: identity.id
  }
}

@description('The bot id for scripts/package-app.sh (MICROSOFT_APP_ID).')
output botAppId string = identity.properties.clientId
output botName string = bot.outputs.name
output publicBaseUrl string = app.outputs.publicBaseUrl
output appFqdn string = app.outputs.fqdn
output storageAccount string = storage.outputs.name
