; Inno Setup script: Reflect's Windows installer.
;
; Per user, no administrator rights: Reflect installs into
; %LOCALAPPDATA%\Programs\Reflect, with a Start menu entry and an optional desktop
; icon. Uninstalling removes the program, its Start menu entry and its
; start-at-login value; the journal (in %LOCALAPPDATA%\Reflect) stays unless the
; user ticks "Also delete my journal" on the uninstaller's first page.
;
; Written for Inno Setup 6.4 (the release workflow installs 6.4.3).
; Built by .github/workflows/release.yml after PyInstaller:
;   iscc /DAppVersion=0.1.0 /DSourceDir=build\pyinstaller\dist\reflect packaging\windows\reflect.iss
; Signing: when the workflow has a certificate, it signs reflect.exe before this
; script runs and the finished installer after (signtool; see release.yml).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\pyinstaller\dist\reflect"
#endif

[Setup]
AppId={{6F1D2C5E-7A43-4E0B-9C61-2B8E5D4A9F17}
AppName=Reflect
AppVersion={#AppVersion}
AppPublisher=The Reflect developers
AppPublisherURL=https://github.com/reflectjournal/reflect
DefaultDirName={autopf}\Reflect
DefaultGroupName=Reflect
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=Reflect-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\reflect.ico
UninstallDisplayIcon={app}\reflect.exe
UninstallDisplayName=Reflect
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Tasks]
Name: "desktopicon"; Description: "Put an icon on the desktop"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Reflect"; Filename: "{app}\reflect.exe"; Comment: "A private journal"
Name: "{autodesktop}\Reflect"; Filename: "{app}\reflect.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\reflect.exe"; Description: "Start Reflect now"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteJournal: Boolean;

function JournalFolder(): String;
begin
  { Where Reflect keeps the journal, its settings and automatic backups
    (platformdirs' user data folder for "Reflect"). }
  Result := ExpandConstant('{localappdata}\Reflect');
end;

function InitializeUninstall(): Boolean;
var
  Form: TSetupForm;
  Text: TNewStaticText;
  DeleteJournalBox: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := True;
  DeleteJournal := False;
  if UninstallSilent() or not DirExists(JournalFolder()) then
    exit;
  Form := CreateCustomForm();
  try
    Form.Caption := 'Uninstall Reflect';
    Form.ClientWidth := ScaleX(420);
    Form.ClientHeight := ScaleY(170);
    Text := TNewStaticText.Create(Form);
    Text.Parent := Form;
    Text.Left := ScaleX(16);
    Text.Top := ScaleY(16);
    Text.Width := Form.ClientWidth - ScaleX(32);
    Text.WordWrap := True;
    Text.Caption := 'Reflect will be removed from this computer. Your journal stays ' +
      'where it is, encrypted, so that you can install Reflect again and open it.';
    DeleteJournalBox := TNewCheckBox.Create(Form);
    DeleteJournalBox.Parent := Form;
    DeleteJournalBox.Left := ScaleX(16);
    DeleteJournalBox.Top := ScaleY(80);
    DeleteJournalBox.Width := Form.ClientWidth - ScaleX(32);
    DeleteJournalBox.Caption := 'Also delete my journal and its automatic backups (cannot be undone)';
    DeleteJournalBox.Checked := False;
    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.Caption := 'Uninstall';
    OkButton.ModalResult := mrOk;
    OkButton.Left := Form.ClientWidth - ScaleX(184);
    OkButton.Top := ScaleY(128);
    OkButton.Width := ScaleX(80);
    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Caption := 'Cancel';
    CancelButton.ModalResult := mrCancel;
    CancelButton.Left := Form.ClientWidth - ScaleX(96);
    CancelButton.Top := ScaleY(128);
    CancelButton.Width := ScaleX(80);
    Form.ActiveControl := CancelButton;
    Result := Form.ShowModal() = mrOk;
    DeleteJournal := Result and DeleteJournalBox.Checked;
  finally
    Form.Free;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
  begin
    { The start-at-login value points at the program just removed. }
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Run', 'Reflect');
    if DeleteJournal then
      DelTree(JournalFolder(), True, True, True);
  end;
end;
