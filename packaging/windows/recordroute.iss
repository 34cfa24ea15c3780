; Inno Setup 6 script for RecordRoute (Windows x64).
;
;   pyinstaller --noconfirm build.spec                  (dist\RecordRoute, default models included)
;   iscc /DAppVersion=0.1.0 packaging\windows\recordroute.iss
;   -> dist\RecordRoute-0.1.0-windows-x64-setup.exe
;
; Per-user install by default (no administrator needed); "Install for all users" is offered when elevated.
; The uninstaller removes only the program folder: recordings, the library database and settings live in the
; user's profile (%LOCALAPPDATA%\recordroute) and are kept.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "RecordRoute"
#define Dist AddBackslash(SourcePath) + "..\..\dist\RecordRoute"

; The bundle must carry OpenSSL 3 (Python's _ssl and the HTTPS model downloads need it). CPython's own build
; names the pair libssl-3.dll / libcrypto-3.dll; OpenSSL's and conda's builds name them libssl-3-x64.dll /
; libcrypto-3-x64.dll. A bundle with neither fails only on the user's machine, so stop the build here.
#define SslA FindFirst(Dist + "\_internal\libssl-3*.dll", 0)
#define CryptoA FindFirst(Dist + "\_internal\libcrypto-3*.dll", 0)
#if !FileExists(Dist + "\RecordRoute.exe")
  #error dist\RecordRoute\RecordRoute.exe is missing: run `pyinstaller --noconfirm build.spec` first.
#endif
#if SslA == 0 || CryptoA == 0
  #error OpenSSL DLLs missing from dist\RecordRoute\_internal (need libssl-3[-x64].dll and libcrypto-3[-x64].dll). Build with a python.org CPython 3.11+ (it ships them in DLLs\) or copy them next to _ssl.pyd, then rebuild.
#endif
#expr FindClose(SslA)
#expr FindClose(CryptoA)

[Setup]
AppId={{5E5AD278-ABF5-403A-BDA5-BBE57DEA42FE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RecordRoute
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#SourcePath}\..\..\dist
OutputBaseFilename=RecordRoute-{#AppVersion}-windows-x64-setup
SetupIconFile={#SourcePath}\recordroute.ico
UninstallDisplayIcon={app}\RecordRoute.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
; Signing (optional): iscc /Ssigntool="signtool sign /fd sha256 /tr http://timestamp.acs.microsoft.com /td sha256 $f" ...
; see packaging/README.md (SignPath Foundation or Azure Trusted Signing).
#ifdef SignTool
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ko"; MessagesFile: "compiler:Languages\Korean.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Add RecordRoute to ""Open with"" for audio, video, PDF and text files"; GroupDescription: "File associations:"

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\RecordRoute.exe"; Parameters: "gui"
Name: "{group}\{#AppName} self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\recordroute-cli.exe"" --self-test"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\RecordRoute.exe"; Parameters: "gui"; Tasks: desktopicon

[Registry]
; One ProgID; each extension lists it under OpenWithProgids, so RecordRoute appears in "Open with" without
; taking over the user's default player. HKA = HKCU for a per-user install, HKLM for all users.
Root: HKA; Subkey: "Software\Classes\RecordRoute.Media"; ValueType: string; ValueData: "Recording for RecordRoute"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\RecordRoute.Media\DefaultIcon"; ValueType: string; ValueData: "{app}\RecordRoute.exe,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\RecordRoute.Media\shell\open\command"; ValueType: string; ValueData: """{app}\RecordRoute.exe"" gui ""%1"""; Tasks: associate
; recordroute://recording/ID?t=SECONDS links (an assistant's citations) open the recording at that moment.
Root: HKA; Subkey: "Software\Classes\recordroute"; ValueType: string; ValueData: "URL:RecordRoute link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\recordroute"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\recordroute\DefaultIcon"; ValueType: string; ValueData: "{app}\RecordRoute.exe,0"
Root: HKA; Subkey: "Software\Classes\recordroute\shell\open\command"; ValueType: string; ValueData: """{app}\RecordRoute.exe"" gui ""%1"""
#define Assoc(Ext) 'Root: HKA; Subkey: "Software\Classes\' + Ext + '\OpenWithProgids"; ValueType: string; ValueName: "RecordRoute.Media"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate'
#emit Assoc(".mp3")
#emit Assoc(".m4a")
#emit Assoc(".wav")
#emit Assoc(".flac")
#emit Assoc(".ogg")
#emit Assoc(".opus")
#emit Assoc(".aac")
#emit Assoc(".wma")
#emit Assoc(".webm")
#emit Assoc(".mp4")
#emit Assoc(".mkv")
#emit Assoc(".mov")
#emit Assoc(".avi")
#emit Assoc(".pdf")
#emit Assoc(".txt")
#emit Assoc(".md")

[Run]
Filename: "{app}\RecordRoute.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder; never the user's library or settings.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
