// SmartCity.Bot on Azure: Linux App Service (.NET 10) behind an Azure Bot (Teams, Web Chat, Direct Line channels),
// Application Insights on Log Analytics, secrets in Key Vault (read by the app's managed identity), optionally
// Azure Database for PostgreSQL flexible server (several instances) and an Azure Files share for knowledge/.
// Compiled to main.json beside it: bicep build main.bicep (tests check main.json is up to date).

@description('Azure Bot resource name (globally unique handle).')
param botName string

@description('Web app name; the messaging endpoint becomes https://<name>.azurewebsites.net/api/messages.')
param appServiceName string

param location string = resourceGroup().location

@allowed(['B1', 'B2', 'S1', 'P0v3', 'P1v3'])
param appServicePlanSku string = 'B1'

@description('Instances of the web app; more than one needs PostgreSQL (deployPostgres or postgresConnectionString).')
@minValue(1)
param instanceCount int = 1

@description('SingleTenant (client secret) or UserAssignedMSI (managed identity). New MultiTenant bots are deprecated.')
@allowed(['SingleTenant', 'UserAssignedMSI'])
param microsoftAppType string = 'SingleTenant'

@description('Entra app (client) id, or the user-assigned identity\'s client id.')
param microsoftAppId string

param microsoftAppTenantId string = subscription().tenantId

@description('Client secret (SingleTenant only; empty for UserAssignedMSI). Stored in Key Vault.')
@secure()
param microsoftAppPassword string = ''

@description('Resource id of the user-assigned identity (UserAssignedMSI only).')
param userAssignedIdentityResourceId string = ''

@description('Secret of the bot\'s own Direct Line endpoint used by the web chat page; empty = page off in production. Stored in Key Vault.')
@secure()
param directLineSecret string = ''

@description('Create an Azure Database for PostgreSQL flexible server for the bot\'s state.')
param deployPostgres bool = false

@description('Administrator password of the new PostgreSQL server (deployPostgres).')
@secure()
param postgresAdminPassword string = ''

@description('Connection string of an existing PostgreSQL database (instead of deployPostgres). Stored in Key Vault.')
@secure()
param postgresConnectionString string = ''

@description('Mount an Azure Files share at /mounts/knowledge as the knowledge folder: staff update documents there without a redeploy.')
param deployKnowledgeShare bool = false

var suffix = uniqueString(resourceGroup().id, appServiceName)
var endpoint = 'https://${appServiceName}.azurewebsites.net/api/messages'
var useMsi = microsoftAppType == 'UserAssignedMSI'
var keyVaultName = take('kv-${suffix}', 24)
var postgresServerName = '${appServiceName}-pg-${suffix}'
var postgresAdmin = 'smartcitybot'
var usePostgres = deployPostgres || !empty(postgresConnectionString)
var storageName = take('st${suffix}', 24)
// Key Vault Secrets User: read secret values, nothing else.
var secretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appServiceName}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${appServiceName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!useMsi) {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: { value: microsoftAppPassword }
}

resource directLineSecretValue 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(directLineSecret)) {
  parent: vault
  name: 'DirectLineSecret'
  properties: { value: directLineSecret }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = if (deployPostgres) {
  name: postgresServerName
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '16'
    administratorLogin: postgresAdmin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = if (deployPostgres) {
  parent: postgres
  name: 'smartcity'
}

resource postgresAzureAccess 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = if (deployPostgres) {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource postgresSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (usePostgres) {
  parent: vault
  name: 'PostgresConnectionString'
  properties: {
    value: deployPostgres
      ? 'Host=${postgres!.properties.fullyQualifiedDomainName};Port=5432;Database=smartcity;Username=${postgresAdmin};Password=${postgresAdminPassword};SSL Mode=Require'
      : postgresConnectionString
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = if (deployKnowledgeShare) {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: { minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false }
}

resource knowledgeShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = if (deployKnowledgeShare) {
  name: '${storageName}/default/knowledge'
  dependsOn: [storage]
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${appServiceName}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServicePlanSku, capacity: instanceCount }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: appServiceName
  location: location
  kind: 'app,linux'
  identity: useMsi
    ? { type: 'SystemAssigned, UserAssigned', userAssignedIdentities: { '${userAssignedIdentityResourceId}': {} } }
    : { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      webSocketsEnabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      // Instances that are not ready (index not loaded, store unreachable) are taken out of the load balancer.
      healthCheckPath: '/readyz'
      azureStorageAccounts: deployKnowledgeShare
        ? {
            knowledge: {
              type: 'AzureFiles'
              accountName: storageName
              shareName: 'knowledge'
              mountPath: '/mounts/knowledge'
              accessKey: storage!.listKeys().keys[0].value
            }
          }
        : {}
      appSettings: concat(
        [
          { name: 'MicrosoftAppType', value: microsoftAppType }
          { name: 'MicrosoftAppId', value: microsoftAppId }
          { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
          { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
          { name: 'Storage__SqlitePath', value: '/home/data/smartcity-bot.db' }
          { name: 'Urls', value: 'http://0.0.0.0:8080' }
        ],
        useMsi ? [] : [{ name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret!.properties.secretUri})' }],
        empty(directLineSecret) ? [] : [{ name: 'DirectLine__Secret', value: '@Microsoft.KeyVault(SecretUri=${directLineSecretValue!.properties.secretUri})' }],
        usePostgres ? [{ name: 'ConnectionStrings__Postgres', value: '@Microsoft.KeyVault(SecretUri=${postgresSecret!.properties.secretUri})' }] : [],
        deployKnowledgeShare ? [{ name: 'Knowledge__Path', value: '/mounts/knowledge' }] : []
      )
    }
  }
}

// The app reads its Key Vault references with its system-assigned identity.
resource siteReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, secretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: secretsUserRole
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'SmartCity.Bot'
    description: 'Asisten Gerakan Menuju Smart City'
    endpoint: endpoint
    msaAppType: microsoftAppType
    msaAppId: microsoftAppId
    msaAppTenantId: microsoftAppTenantId
    msaAppMSIResourceId: useMsi ? userAssignedIdentityResourceId : null
    developerAppInsightsApplicationId: insights.properties.AppId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel', properties: { isEnabled: true } }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: { sites: [{ siteName: 'Default Site', isEnabled: true, isWebchatPreviewEnabled: true }] }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: { sites: [{ siteName: 'Default Site', isEnabled: true, isV1Enabled: false, isV3Enabled: true }] }
  }
}

output messagingEndpoint string = endpoint
output readinessProbe string = 'https://${appServiceName}.azurewebsites.net/readyz'
output keyVaultName string = vault.name
output applicationInsightsName string = insights.name
