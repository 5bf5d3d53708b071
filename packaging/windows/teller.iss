; Inno Setup 6.3+ script: installs the PyInstaller folder (packaging/teller.spec) for all users of a branch PC.
;   pyinstaller --noconfirm packaging\teller.spec        (on Windows, from the repository folder)
;   iscc /DAppVersion=0.1.0 packaging\windows\teller.iss  ->  dist\teller-app-0.1.0-setup.exe
; Silent install for software distribution: teller-app-0.1.0-setup.exe /VERYSILENT /NORESTART
;
; User data is never installed or removed here. It lives per Windows user in %LOCALAPPDATA%\TellerApp\TellerApp
; (local store, keys of the file key store, configuration, Logs\), or in TELLER_HOME when that is set,
; and uninstalling leaves it in place: it holds the bank's records until they are synced and archived.
;
; Key store: on Windows, teller_app keeps its key-encryption key in the Windows Credential Manager of the
; user who ran `teller-admin init` (python keyring's Windows back end, protected by that user's logon).
; Another Windows account, a reset profile or a new PC cannot read it: restore access with the recovery
; key shown once at init (keep it in the branch safe), and take backups with `teller-admin backup FILE`.
; TELLER_KEYSTORE_PASSPHRASE is only for machines without an OS key store (see packaging\README.md).
; This file is UTF-8 with a byte order mark, so the Chinese names compile correctly.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\dist\teller"
#endif
; Simplified Chinese ships with recent Inno Setup; otherwise put ChineseSimplified.isl (from the Inno Setup
; translations page) beside this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages "ChineseSimplified.isl"
#endif

[Setup]
; Keep AppId for ever: an installer with the same AppId upgrades the installed app in place.
AppId={{BAECF863-F329-4447-A73A-8B2D2445E872}
AppName=Teller App
AppVerName=Teller App {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Teller App
DefaultDirName={autopf}\Teller App
DefaultGroupName=Teller App
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=teller-app-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\teller.exe
SetupIconFile=teller.ico
UninstallDisplayName=Teller App 柜面开户
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#ifdef ChineseMessages
Name: "zh_CN"; MessagesFile: "{#ChineseMessages}"
#endif

[CustomMessages]
; Both names in both languages, so a search in the Start menu finds the app either way.
en.AppMenuName=Teller App (柜面开户)
en.AppComment=Guided, audited account opening at the branch counter
en.DataKept=Teller App is removed. Its data in %LOCALAPPDATA%\TellerApp (or TELLER_HOME) was kept; delete it only after the records are synced and a backup is archived.
#ifdef ChineseMessages
zh_CN.AppMenuName=柜面开户 (Teller App)
zh_CN.AppComment=按开户操作流程逐步引导，全程留痕
zh_CN.DataKept=柜面开户已卸载。%LOCALAPPDATA%\TellerApp（或 TELLER_HOME）中的数据已保留；请在记录同步并完成备份归档后再删除。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole program folder, so no module of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{cm:AppMenuName}"; Filename: "{app}\teller.exe"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{cm:AppMenuName}"; Filename: "{app}\teller.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\teller.exe"; Description: "{cm:LaunchProgram,{cm:AppMenuName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed, never user data.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(CustomMessage('DataKept'), mbInformation, MB_OK);
end;
