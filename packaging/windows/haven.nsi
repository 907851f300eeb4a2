; Haven's Windows installer for one user: no administrator rights, installed into
; %LOCALAPPDATA%\Programs\Haven, with a Start menu entry and an uninstaller listed in
; "Apps & features". Built by packaging/windows.sh with Debian's makensis:
;   makensis -DVERSION=0.1.0 -DEXE=path\to\haven.exe -DOUT=path\to\setup.exe haven.nsi
; The office's directory, notes and settings (in %APPDATA%\Haven\Haven) are not touched by the
; uninstaller: they are the office's, and a reinstall finds them again.

; A 64-bit installer for a 64-bit program (it also runs under a Wine without 32-bit support).
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is not defined (makensis -DVERSION=...)"
!endif
!ifndef EXE
  !error "EXE is not defined (makensis -DEXE=...)"
!endif
!ifndef OUT
  !error "OUT is not defined (makensis -DOUT=...)"
!endif

!define APP "Haven"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\io.github.havendirectory.Haven"

Name "${APP}"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Haven developers, MIT OR Apache-2.0"

!include "MUI2.nsh"
!define MUI_ICON "haven.ico"
!define MUI_UNICON "haven.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\haven.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer speaks the languages NSIS has translations for. NSIS has no Kazakh; a
; Kazakh Windows gets the Russian pages (Haven itself speaks Kazakh).
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "Farsi"

Function .onInit
  ; 1087 is Kazakh (kk-KZ): Russian is the closest language NSIS has.
  StrCmp $LANGUAGE 1087 0 +2
    StrCpy $LANGUAGE ${LANG_RUSSIAN}
FunctionEnd

Section "Haven"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "/oname=haven.exe" "${EXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\haven.exe" "" "$INSTDIR\haven.exe" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\haven.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Haven developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\haven.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
