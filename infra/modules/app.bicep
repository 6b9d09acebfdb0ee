// Where the bot runs: an Azure Container Apps environment (logs to Log Analytics) and the container app itself, signed
// in as the user-assigned identity, reached over https on the container's port 8080.

param name string
param location string

@description('Container image, e.g. myregistry.azurecr.io/liaisonbot:1.0.0.')
param image string

@description('Registry server the image is pulled from with the identity (empty: a public image).')
param registryServer string

param identityResourceId string

@description('The app settings, each {name, value} or {name, secretRef}.')
param env array

@description('Host name people reach the bot at when a custom domain is bound (empty: the app\'s own Container Apps address).')
param publicHostName string

@description('The key ring certificate (PEM text: certificate and encrypted private key), mounted as a file.')
@secure()
param keyRingCertificate string

@secure()
param keyRingCertificatePassword string

@description('Whether the key ring certificate was rolled: keyRingPreviousCertificate then holds the one used before.')
param rolled bool

@description('The certificate in use before the roll (same form and password), kept to read the keys it protected.')
@secure()
param keyRingPreviousCertificate string

@minValue(1)
param minReplicas int
@minValue(1)
param maxReplicas int

@description('Days Log Analytics keeps the container logs.')
param logRetentionDays int

@description('Whether to create Application Insights; its connection string then reaches the app as a secret.')
param applicationInsights bool

// The port ASP.NET Core listens on in the image (ASPNETCORE_HTTP_PORTS).
var port = 8080
var insightsSecret = 'applicationinsights-connection-string'
// A Container Apps secret holds text, so the certificate comes as PEM rather than as a binary PFX.
var certificateDirectory = '/mnt/keyring'
var certificateFile = 'keyring.pem'
var previousCertificateFile = 'keyring-previous.pem'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = if (applicationInsights) {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${name}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

// The app's own address is its name under the environment's domain; the app needs it before it exists (links it hands out).
var publicBaseUrl = 'https://${empty(publicHostName) ? '${name}.${environment.properties.defaultDomain}' : publicHostName}'
var ownEnv = [
  {
    name: 'Bot__PublicBaseUrl'
    value: publicBaseUrl
  }
  {
    name: 'KeyRing__CertificatePath'
    value: '${certificateDirectory}/${certificateFile}'
  }
  {
    name: 'KeyRing__CertificatePassword'
    secretRef: 'keyring-certificate-password'
  }
]
var previousEnv = rolled
  ? [
      {
        name: 'KeyRing__PreviousCertificatePaths__0'
        value: '${certificateDirectory}/${previousCertificateFile}'
      }
    ]
  : []
var previousSecrets = rolled
  ? [
      {
        name: 'keyring-previous-certificate'
        value: keyRingPreviousCertificate
      }
    ]
  : []
var previousFiles = rolled
  ? [
      {
        secretRef: 'keyring-previous-certificate'
        path: previousCertificateFile
      }
    ]
  : []
var keyRingSecrets = [
  {
    name: 'keyring-certificate'
    value: keyRingCertificate
  }
  {
    name: 'keyring-certificate-password'
    value: keyRingCertificatePassword
  }
]

var insightsSecrets = applicationInsights
  ? [
      {
        name: insightsSecret
        value: insights!.properties.ConnectionString
      }
    ]
  : []
var insightsEnv = applicationInsights
  ? [
      {
        name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
        secretRef: insightsSecret
      }
    ]
  : []

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: name
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: empty(registryServer)
        ? []
        : [
            {
              server: registryServer
              identity: identityResourceId
            }
          ]
      secrets: concat(keyRingSecrets, previousSecrets, insightsSecrets)
    }
    template: {
      containers: [
        {
          name: 'liaisonbot'
          image: image
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: concat(env, ownEnv, previousEnv, insightsEnv)
          volumeMounts: [
            {
              volumeName: 'keyring-certificate'
              mountPath: certificateDirectory
            }
          ]
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/health/live'
                port: port
              }
              periodSeconds: 5
              failureThreshold: 24
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/health/live'
                port: port
              }
              periodSeconds: 30
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/health/ready'
                port: port
              }
              periodSeconds: 10
              failureThreshold: 3
            }
          ]
        }
      ]
      volumes: [
        {
          name: 'keyring-certificate'
          storageType: 'Secret'
          secrets: concat(
            [
              {
                secretRef: 'keyring-certificate'
                path: certificateFile
              }
            ],
            previousFiles
          )
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
      }
    }
  }
}

output fqdn string = app.properties.configuration.ingress.fqdn
output publicBaseUrl string = publicBaseUrl
