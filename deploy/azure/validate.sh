#!/usr/bin/env bash
# Compiles and lints main.bicep with the Bicep CLI from NuGet (Azure.Bicep.CommandLine.<rid>), without the az CLI.
# Prints the ARM JSON's path. Needs the dotnet SDK and access to NuGet; deploys nothing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="${BICEP_VERSION:-0.49.2}"
rid="linux-x64"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/bicep.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageDownload Include="Azure.Bicep.CommandLine.$rid" Version="[$version]" /></ItemGroup>
</Project>
PROJECT
dotnet restore "$work/bicep.csproj" --verbosity quiet >/dev/null
packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
bicep="$packages/azure.bicep.commandline.$rid/$version/tools/bicep"
chmod +x "$bicep"
"$bicep" --version
"$bicep" lint "$here/main.bicep"
"$bicep" build "$here/main.bicep" --outfile "${OUT:-$work/../alignmentbot-main.json}"
echo "compiled and linted: ${OUT:-$work/../alignmentbot-main.json}"
