; The Windows installer (NSIS 3.08, makensis on Linux). build.sh passes VERSION, STAGE, OUTFILE, ICON.
; Per user by default (no administrator rights): %LOCALAPPDATA%\Programs\GovInfoDesktop and HKCU.
; All users (IT deployment, run elevated): setup.exe /ALLUSERS [/S] → Program Files and HKLM.
Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
SetCompressorDictSize 64
RequestExecutionLevel user

!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh
!include WinVer.nsh
!include FileFunc.nsh

!define APP_ID "GovInfoDesktop"
!define APP_NAME "政务公开年报统计表填报助手"
!define APP_EXE "govinfo-desktop.exe"
!define CLI_EXE "govinfo-desktop-cli.exe"
!define PROG_ID "GovInfoDesktop.Report"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define APP_KEY "Software\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
BrandingText "${APP_NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GovInfo Desktop"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; Chinese Windows users see Chinese, others English.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString SEC_MAIN ${LANG_SIMPCHINESE} "程序文件"
LangString SEC_MAIN ${LANG_ENGLISH} "Program files"
LangString SEC_DESKTOP ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString OPEN_VERB ${LANG_SIMPCHINESE} "打开"
LangString OPEN_VERB ${LANG_ENGLISH} "Open"
LangString FILE_TYPE ${LANG_SIMPCHINESE} "政务公开年报统计表"
LangString FILE_TYPE ${LANG_ENGLISH} "Government information report table"

Var AllUsers

!macro RemoveProgramFiles
    ; Only what the installer put there: a folder chosen by the user may hold other files.
    RMDir /r "$INSTDIR\runtime"
    RMDir /r "$INSTDIR\app"
    Delete "$INSTDIR\${APP_EXE}"
    Delete "$INSTDIR\${CLI_EXE}"
    Delete "$INSTDIR\govinfo-desktop.ico"
!macroend

Function .onInit
    ; Qt 6 and CPython 3.12 need 64-bit Windows 10 1809 (build 17763) or newer.
    ${IfNot} ${RunningX64}
        MessageBox MB_OK|MB_ICONSTOP "本程序需要 64 位 Windows 10（1809 或更新版本）或 Windows 11。$\r$\n这台电脑是 32 位系统，无法安装。" /SD IDOK
        Abort
    ${EndIf}
    ${IfNot} ${AtLeastWin10}
    ${OrIfNot} ${AtLeastBuild} 17763
        MessageBox MB_OK|MB_ICONSTOP "本程序需要 Windows 10（1809 或更新版本）或 Windows 11。$\r$\n请升级系统后再安装。" /SD IDOK
        Abort
    ${EndIf}
    SetRegView 64
    StrCpy $AllUsers 0
    ${GetParameters} $0
    ClearErrors
    ${GetOptions} $0 "/ALLUSERS" $1
    ${IfNot} ${Errors}
        UserInfo::GetAccountType
        Pop $1
        ${If} $1 != "admin"
            MessageBox MB_OK|MB_ICONSTOP "为所有用户安装需要管理员权限：请以管理员身份运行安装程序，或不带 /ALLUSERS 为当前用户安装。" /SD IDOK
            Abort
        ${EndIf}
        StrCpy $AllUsers 1
        SetShellVarContext all
        StrCpy $INSTDIR "$PROGRAMFILES64\${APP_ID}"
    ${EndIf}
    ; An upgrade goes where the previous version is.
    ReadRegStr $1 SHCTX "${UNINST_KEY}" "InstallLocation"
    ${If} $1 != ""
        StrCpy $INSTDIR $1
    ${EndIf}
FunctionEnd

Section "!$(SEC_MAIN)" SecMain
    SectionIn RO
    SetOutPath "$INSTDIR"
    ; Upgrade: the old program folder is replaced, not merged (no stale modules or DLLs).
    !insertmacro RemoveProgramFiles
    File "${STAGE}\${APP_EXE}"
    File "${STAGE}\${CLI_EXE}"
    File "/oname=govinfo-desktop.ico" "${ICON}"
    File /r "${STAGE}\runtime"
    File /r "${STAGE}\app"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

    ; .govinfo: the program opens it on a double click, with its own icon and an 打开 verb.
    WriteRegStr SHCTX "Software\Classes\.govinfo" "" "${PROG_ID}"
    WriteRegStr SHCTX "Software\Classes\.govinfo" "Content Type" "application/x-govinfo"
    WriteRegStr SHCTX "Software\Classes\${PROG_ID}" "" "$(FILE_TYPE)"
    WriteRegStr SHCTX "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\govinfo-desktop.ico"
    WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell" "" "open"
    WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell\open" "" "$(OPEN_VERB)"
    WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
    WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
    WriteRegStr SHCTX "Software\Classes\Applications\${APP_EXE}" "FriendlyAppName" "${APP_NAME}"

    WriteRegStr SHCTX "${APP_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr SHCTX "${APP_KEY}" "Version" "${VERSION}"
    WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
    WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
    WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "GovInfo Desktop"
    WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
    WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    IntFmt $0 "0x%08X" $0
    WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"

    ; Tell Explorer about the new association (SHCNE_ASSOCCHANGED).
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
    CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Function un.onInit
    SetRegView 64
    ; Installed for all users when HKLM's uninstall entry points at this folder.
    ReadRegStr $0 HKLM "${UNINST_KEY}" "InstallLocation"
    ${If} $0 == $INSTDIR
        SetShellVarContext all
    ${EndIf}
FunctionEnd

Section "Uninstall"
    ; The user's reports (wherever saved), settings and support log (%APPDATA%\GovInfoDesktop) stay;
    ; the caches are the program's own (PDF fonts, parsed table definitions) and go.
    RMDir /r "$LOCALAPPDATA\govinfo-desktop\fonts"
    RMDir "$LOCALAPPDATA\govinfo-desktop"
    RMDir /r "$LOCALAPPDATA\GovInfoDesktop\govinfo-desktop\cache"
    RMDir "$LOCALAPPDATA\GovInfoDesktop\govinfo-desktop"
    RMDir "$LOCALAPPDATA\GovInfoDesktop"
    Delete "$SMPROGRAMS\${APP_NAME}.lnk"
    Delete "$DESKTOP\${APP_NAME}.lnk"
    !insertmacro RemoveProgramFiles
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"

    ReadRegStr $0 SHCTX "Software\Classes\.govinfo" ""
    ${If} $0 == "${PROG_ID}"
        DeleteRegKey SHCTX "Software\Classes\.govinfo"
    ${EndIf}
    DeleteRegKey SHCTX "Software\Classes\${PROG_ID}"
    DeleteRegKey SHCTX "Software\Classes\Applications\${APP_EXE}"
    DeleteRegKey SHCTX "${APP_KEY}"
    DeleteRegKey SHCTX "${UNINST_KEY}"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
