// AlignmentBot on Azure: App Service (Linux, .NET 10) running the published host, an Azure Bot (single-tenant)
// whose messaging endpoint is the app's /api/messages with the Teams channel on, PostgreSQL Flexible Server with the
// bot's database, and a Key Vault holding the secrets the app settings reference.
//
//   az group create -n alignmentbot -l westeurope
//   az deployment group create -g alignmentbot -f deploy/azure/main.bicep -p deploy/azure/main.parameters.example.json
//
// The Entra app registration (botAppId and its client secret) is made beforehand: docs/deploy.md, "Azure".
// docs/deploy.md also says what was and was not exercised: this template was compiled and linted, never deployed.

@description('Prefix of every resource name; the web app is <name>-<suffix>.azurewebsites.net.')
@minLength(3)
@maxLength(20)
param name string = 'alignmentbot'

param location string = resourceGroup().location

@description('Application (client) id of the bot\'s Entra app registration: MicrosoftAppId.')
param botAppId string

@description('A client secret of that app registration: MicrosoftAppPassword. Stored in Key Vault only.')
@secure()
param botAppPassword string

@description('Directory (tenant) id of the app registration: MicrosoftAppTenantId.')
param botTenantId string = tenant().tenantId

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('App Service plan SKU (Linux). B1 or above: Always On keeps the digest scheduler running.')
param appServiceSku string = 'B1'

@description('Instances of the app. More than one is safe: they share the PostgreSQL database, dedupe and digest schedule.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('PostgreSQL administrator login; the app connects with it (see docs/deploy.md for a least-privilege user).')
param postgresLogin string = 'alignmentbot'

@description('PostgreSQL administrator password. Stored in Key Vault; the app reads it as PGPASSWORD.')
@secure()
param postgresPassword string

param postgresSku string = 'Standard_B1ms'

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresTier string = 'Burstable'

@description('Optional Slack bot token (xoxb-...). Empty keeps Slack off.')
@secure()
param slackBotToken string = ''

@description('Optional Slack app-level token (xapp-...) for Socket Mode.')
@secure()
param slackAppToken string = ''

@description('Optional Slack signing secret, needed when Slack posts over HTTP to /slack/events.')
@secure()
param slackSigningSecret string = ''

var suffix = uniqueString(resourceGroup().id)
var appName = '${name}-${suffix}'
var databaseName = 'alignmentbot'
// Key Vault Secrets User: read secret values, nothing else.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${name}kv${suffix}', 24)
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: { value: botAppPassword }
}

resource postgresPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'PostgresPassword'
  properties: { value: postgresPassword }
}

resource slackBotTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackBotToken)) {
  parent: vault
  name: 'SlackBotToken'
  properties: { value: slackBotToken }
}

resource slackAppTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackAppToken)) {
  parent: vault
  name: 'SlackAppToken'
  properties: { value: slackAppToken }
}

resource slackSigningSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackSigningSecret)) {
  parent: vault
  name: 'SlackSigningSecret'
  properties: { value: slackSigningSecret }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${name}-pg-${suffix}'
  location: location
  sku: { name: postgresSku, tier: postgresTier }
  properties: {
    version: '16'
    administratorLogin: postgresLogin
    administratorLoginPassword: postgresPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
    network: { publicNetworkAccess: 'Enabled' }
    authConfig: { passwordAuth: 'Enabled', activeDirectoryAuth: 'Disabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

// 0.0.0.0 to 0.0.0.0 admits connections from Azure services only (App Service's outbound addresses), not the internet.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku, capacity: instanceCount }
  properties: { reserved: true }
}

// App Service turns app settings into environment variables; "__" separates sections, as everywhere else.
var keyVaultReference = '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/'
var appSettings = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'WEBSITES_PORT', value: '8080' }
  { name: 'Storage__Provider', value: 'Postgres' }
  { name: 'ConnectionStrings__AlignmentBot', value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${databaseName};Username=${postgresLogin};SSL Mode=Require' }
  { name: 'PGPASSWORD', value: '${keyVaultReference}${postgresPasswordSecret.name})' }
  { name: 'MicrosoftAppType', value: 'SingleTenant' }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: botTenantId }
  { name: 'MicrosoftAppPassword', value: '${keyVaultReference}${botPasswordSecret.name})' }
  { name: 'Slack__BotToken', value: empty(slackBotToken) ? '' : '${keyVaultReference}SlackBotToken)' }
  { name: 'Slack__AppToken', value: empty(slackAppToken) ? '' : '${keyVaultReference}SlackAppToken)' }
  { name: 'Slack__SigningSecret', value: empty(slackSigningSecret) ? '' : '${keyVaultReference}SlackSigningSecret)' }
]

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet AlignmentBot.Host.dll serve --urls http://0.0.0.0:8080'
      healthCheckPath: '/healthz'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: appSettings
    }
  }
  dependsOn: [slackBotTokenSecret, slackAppTokenSecret, slackSigningSecretSecret, database, allowAzure]
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, app.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'AlignmentBot'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output appName string = app.name
output appUrl string = 'https://${app.properties.defaultHostName}'
output messagingEndpoint string = bot.properties.endpoint
output keyVaultName string = vault.name
output postgresHost string = postgres.properties.fullyQualifiedDomainName
