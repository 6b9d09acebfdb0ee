// Example parameters: copy to main.bicepparam (kept out of git), fill in, deploy (docs/deploy.md).
using 'main.bicep'

param name = 'liaisonbot'
param image = 'liaisonbotacr.azurecr.io/liaisonbot:1.0.0'
param containerRegistryName = 'liaisonbotacr'
// The key ring certificate, read at deploy time from files never committed (docs/deploy.md makes them with openssl).
param keyRingCertificate = readEnvironmentVariable('KEYRING_CERTIFICATE_PEM', '')
param keyRingCertificatePassword = readEnvironmentVariable('KEYRING_CERTIFICATE_PASSWORD', '')
