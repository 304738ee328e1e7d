; Inno Setup 6 script for GovInfo Desktop (政务公开年报统计表填报助手).
; Build the one-folder program first (packaging/README.md), then: ISCC.exe packaging\windows\installer.iss
#define AppName "政务公开年报统计表填报助手"
#define AppVersion "0.1.0"
#define AppExe "govinfo-desktop.exe"

[Setup]
AppId={{5E0C7B1C-6F2B-4E0B-9E7C-3A1E6B0C2D41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=GovInfo Desktop
DefaultDirName={autopf}\GovInfoDesktop
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 and Python 3.11 need Windows 10 1809 or later.
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=GovInfoDesktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Messages]
chinesesimplified.WindowsVersionNotSupported=本程序需要 Windows 10（1809 版）或更高版本，不支持 Windows 7/8。

[Files]
Source: "..\..\dist\govinfo-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "附加快捷方式："

[Registry]
Root: HKA; Subkey: "Software\Classes\.govinfo"; ValueType: string; ValueData: "GovInfoDesktop.Report"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\GovInfoDesktop.Report"; ValueType: string; ValueData: "政务公开年报统计表"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\GovInfoDesktop.Report\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "立即运行"; Flags: nowait postinstall skipifsilent
