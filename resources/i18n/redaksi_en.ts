<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/gui/window/actions.py" line="+42"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Word, Google Docs, text or web page article as a new draft</source>
        <translation>Open a Word, Google Docs, text or web page article as a new draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;vert to Saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision &amp;History…</source>
        <translation>Revision &amp;History…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier saved versions: what changed, and restore one</source>
        <translation>Earlier saved versions: what changed, and restore one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the article as a web page with its metadata</source>
        <translation>Export the article as a web page with its metadata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the article to the site</source>
        <translation>Send the article to the site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste as Plain &amp;Text</source>
        <translation>Paste as Plain &amp;Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find words in the headline, deck, text, captions and related stories</source>
        <translation>Find words in the headline, deck, text, captions and related stories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eplace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Card…</source>
        <translation>&amp;Edit Card…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the Baca Juga, photo or embed at the cursor</source>
        <translation>Edit the Baca Juga, photo or embed at the cursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Card &amp;Up</source>
        <translation>Move Card &amp;Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Card &amp;Down</source>
        <translation>Move Card &amp;Down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete Card</source>
        <translation>De&amp;lete Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;references…</source>
        <translation>P&amp;references…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Baca Juga…</source>
        <translation>&amp;Baca Juga…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a Baca Juga link between paragraphs</source>
        <translation>Insert a Baca Juga link between paragraphs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Featured &amp;Photo…</source>
        <translation>Featured &amp;Photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the photo shown above the article</source>
        <translation>Choose the photo shown above the article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Image in the Text…</source>
        <translation>&amp;Image in the Text…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a photo between paragraphs</source>
        <translation>Insert a photo between paragraphs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;mbed (Video, Post)…</source>
        <translation>E&amp;mbed (Video, Post)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a link card to a video or social media post</source>
        <translation>Insert a link card to a video or social media post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Related Story…</source>
        <translation>&amp;Related Story…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a story to Berita Terkait</source>
        <translation>Add a story to Berita Terkait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected words to a web address</source>
        <translation>Link the selected words to a web address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subheading (H&amp;2)</source>
        <translation>Subheading (H&amp;2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minor Subheading (H&amp;3)</source>
        <translation>Minor Subheading (H&amp;3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quote</source>
        <translation>&amp;Quote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote &amp;Attribution…</source>
        <translation>Quote &amp;Attribution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ulleted List</source>
        <translation>B&amp;ulleted List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Numbered List</source>
        <translation>&amp;Numbered List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Formatting</source>
        <translation>&amp;Clear Formatting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;hone Width</source>
        <translation>P&amp;hone Width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview at phone width (390 px)</source>
        <translation>Preview at phone width (390 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desktop Width</source>
        <translation>&amp;Desktop Width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview at desktop width (1280 px)</source>
        <translation>Preview at desktop width (1280 px)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search and Social</source>
        <translation>&amp;Search and Social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the search result and the shared link</source>
        <translation>Preview the search result and the shared link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Preview</source>
        <translation>Show &amp;Preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Related Stories</source>
        <translation>&amp;Related Stories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags and Authors</source>
        <translation>&amp;Tags and Authors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Checks</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;earch Title and Description</source>
        <translation>S&amp;earch Title and Description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every command&apos;s keys, on one sheet</source>
        <translation>Every command&apos;s keys, on one sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Redaksi</source>
        <translation>&amp;About Redaksi</translation>
    </message>
</context>
<context>
    <name>ArchiveSearch</name>
    <message>
        <location filename="../../editor/gui/archive/search.py" line="+157"/>
        <source>The archive cannot be read: %1</source>
        <translation>The archive cannot be read: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This site&apos;s archive is empty. Fill it with the command “redaksi archive sync”; you can still type a link below.</source>
        <translation>This site&apos;s archive is empty. Fill it with the command “redaksi archive sync”; you can still type a link below.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in the archive for “%1”.</source>
        <translation>Nothing in the archive for “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type words of the title; Enter or a click fills in the link, title and date.</source>
        <translation>Type words of the title; Enter or a click fills in the link, title and date.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the archive:</source>
        <translation>Search the archive:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words of the title, e.g. banjir rob</source>
        <translation>Words of the title, e.g. banjir rob</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sections</source>
        <translation>All sections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only stories of this section</source>
        <translation>Only stories of this section</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../editor/gui/checks/panel.py" line="+48"/>
        <source>Click to go there</source>
        <translation>Click to go there</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No problems found. The article is ready to export.</source>
        <translation>No problems found. The article is ready to export.</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../editor/gui/window/desk.py" line="+117"/>
        <location line="+5"/>
        <source>Restore version</source>
        <translation>Restore version</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>The version is back without its %n photo(s): the draft no longer keeps them (old versions keep their photos only up to a size limit). Add the photo again if the article needs it.</source>
        <translation>
            <numerusform>The version is back without its photo: the draft no longer keeps it (old versions keep their photos only up to a size limit). Add the photo again if the article needs it.</numerusform>
            <numerusform>The version is back without its %n photos: the draft no longer keeps them (old versions keep their photos only up to a size limit). Add the photos again if the article needs them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceStage</name>
    <message>
        <location filename="../../editor/gui/preview/stage.py" line="+154"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page is laid out at the device&apos;s real width; a smaller zoom shows more of it</source>
        <translation>The page is laid out at the device&apos;s real width; a smaller zoom shows more of it</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/gui/dialogs/export.py" line="+97"/>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+24"/>
        <location line="+5"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The page was exported, but no web browser could be started to show it. Open it yourself: %1</source>
        <translation>The page was exported, but no web browser could be started to show it. Open it yourself: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Site profile:</source>
        <translation>Site profile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output folder:</source>
        <translation>Output folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the page when done</source>
        <translation>Open the page when done</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../editor/gui/window/file_ops.py" line="+49"/>
        <source>Redaksi</source>
        <translation>Redaksi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open article</source>
        <translation>Open article</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+89"/>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>“%1” was changed by another program since you opened it. Overwrite it with your version?</source>
        <translation>“%1” was changed by another program since you opened it. Overwrite it with your version?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Save article as</source>
        <translation>Save article as</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+48"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Save the changes to “%1” before closing it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Throw away the changes since the last save?</source>
        <translation>Throw away the changes since the last save?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” was changed by another program. Reload it (your unsaved changes are lost) or keep editing your version?</source>
        <translation>“%1” was changed by another program. Reload it (your unsaved changes are lost) or keep editing your version?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep My Version</source>
        <translation>Keep My Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redaksi was not closed properly. A recovery copy of “%1” from %2 was found. Restore it?</source>
        <translation>Redaksi was not closed properly. A recovery copy of “%1” from %2 was found. Restore it?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide Later</source>
        <translation>Decide Later</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Redaksi articles (*.redaksi)</source>
        <translation>Redaksi articles (*.redaksi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/gui/find/bar.py" line="+179"/>
        <location line="+82"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaced: %1</source>
        <translation>Replaced: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with:</source>
        <translation>Replace with:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline, deck, text, captions, related</source>
        <translation>Headline, deck, text, captions, related</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace All</source>
        <translation>Replace All</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../editor/gui/dialogs/forms.py" line="+155"/>
        <source>Fill in: %1</source>
        <translation>Fill in: %1</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The address must start with https:// or http://</source>
        <translation>The address must start with https:// or http://</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This address has no full site name (it needs a dot, as in www.bmkg.go.id)</source>
        <translation>This address has no full site name (it needs a dot, as in www.bmkg.go.id)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A web address cannot contain spaces</source>
        <translation>A web address cannot contain spaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no site name after https://</source>
        <translation>The address has no site name after https://</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+10"/>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Web address:</source>
        <translation>Web address:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to show (the address if empty)</source>
        <translation>Words to show (the address if empty)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the address empty to remove the link.</source>
        <translation>Leave the address empty to remove the link.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Baca Juga</source>
        <translation>Baca Juga</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+78"/>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>https://… address of the other article</source>
        <translation>https://… address of the other article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline of the other article</source>
        <translation>Headline of the other article</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A Baca Juga line links an earlier article between paragraphs.</source>
        <translation>A Baca Juga line links an earlier article between paragraphs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Related story</source>
        <translation>Related story</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Published:</source>
        <translation>Published:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Embed</source>
        <translation>Embed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YouTube, X, Instagram … address</source>
        <translation>YouTube, X, Instagram … address</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs/image.py" line="+30"/>
        <location filename="../../editor/gui/dialogs/forms.py" line="+1"/>
        <location line="+6"/>
        <source>Caption:</source>
        <translation>Caption:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs/forms.py" line="-5"/>
        <source>Shown as a link card; no third-party script is loaded.</source>
        <translation>Shown as a link card; no third-party script is loaded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the table shows, e.g. Tinggi rob per kelurahan</source>
        <translation>What the table shows, e.g. Tinggi rob per kelurahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The caption names the table for screen readers. Its cells come from the imported document; change them there and import it again.</source>
        <translation>The caption names the table for screen readers. Its cells come from the imported document; change them there and import it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quote attribution</source>
        <translation>Quote attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who said it:</source>
        <translation>Who said it:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, role</source>
        <translation>Name, role</translation>
    </message>
    <message>
        <location filename="../../editor/gui/dialogs/image.py" line="-3"/>
        <source>Photo in the text</source>
        <translation>Photo in the text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text:</source>
        <translation>Alt text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the photo shows (required)</source>
        <translation>What the photo shows (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who, doing what, where, when</source>
        <translation>Who, doing what, where, when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit:</source>
        <translation>Credit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. REUTERS/Name or Istimewa</source>
        <translation>e.g. REUTERS/Name or Istimewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text describes the picture; the caption tells the story. Click the photo to set its focal point.</source>
        <translation>Alt text describes the picture; the caption tells the story. Click the photo to set its focal point.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading photo…</source>
        <translation>Loading photo…</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <location filename="../../editor/gui/article/header.py" line="+94"/>
        <source>Edit headline</source>
        <translation>Edit headline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit deck</source>
        <translation>Edit deck</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose section</source>
        <translation>Choose section</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Change publish time</source>
        <translation>Change publish time</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+42"/>
        <source>No section</source>
        <translation>No section</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Headline length: %1 characters (recommended %2–%3)</source>
        <translation>Headline length: %1 characters (recommended %2–%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deck: one or two sentences under the headline</source>
        <translation>Deck: one or two sentences under the headline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish date and time, in the newsroom&apos;s time zone</source>
        <translation>Publish date and time, in the newsroom&apos;s time zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the publish time to now</source>
        <translation>Set the publish time to now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the article as updated now: a second date line on the page, and a place for a correction note</source>
        <translation>Mark the article as updated now: a second date line on the page, and a place for a correction note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section (rubrik) from the site profile</source>
        <translation>Section (rubrik) from the site profile</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../../editor/gui/dialogs/history.py" line="+100"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 words</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No saved versions yet.</source>
        <translation>No saved versions yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Since the version before: %n word(s) added</source>
        <translation>
            <numerusform>Since the version before: %n word added</numerusform>
            <numerusform>Since the version before: %n words added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change in the text.</source>
        <translation>No change in the text.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no words)</source>
        <translation>(no words)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deck</source>
        <translation>Deck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search title</source>
        <translation>Search title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search description</source>
        <translation>Search description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction note</source>
        <translation>Correction note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paragraph %1</source>
        <translation>Paragraph %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subheading %1</source>
        <translation>Subheading %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote %1</source>
        <translation>Quote %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List %1</source>
        <translation>List %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baca Juga %1</source>
        <translation>Baca Juga %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embed %1</source>
        <translation>Embed %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revision History</source>
        <translation>Revision History</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each save keeps a version of the article. Choose one to see what changed since the version before it; restoring it can be undone with Undo.</source>
        <translation>Each save keeps a version of the article. Choose one to see what changed since the version before it; restoring it can be undone with Undo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore This Version</source>
        <translation>Restore This Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HostKeyQuestion</name>
    <message>
        <location filename="../../editor/gui/publish/prompts.py" line="+158"/>
        <source>Unknown server</source>
        <translation>Unknown server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server %1 is not known yet.</source>
        <translation>The server %1 is not known yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its key fingerprint is:</source>
        <translation>Its key fingerprint is:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare it with the fingerprint from your server administrator. Trust this server only if they match.</source>
        <translation>Compare it with the fingerprint from your server administrator. Trust this server only if they match.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust and Publish</source>
        <translation>Trust and Publish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do Not Trust</source>
        <translation>Do Not Trust</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../editor/gui/window/importing.py" line="+52"/>
        <location line="+36"/>
        <source>Import article</source>
        <translation>Import article</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Articles (*.docx *.md *.txt *.html *.htm)</source>
        <translation>Articles (*.docx *.md *.txt *.html *.htm)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Paste article</source>
        <translation>Paste article</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../editor/gui/dialogs/import_report.py" line="+43"/>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” opened as a new draft. Check these places before you publish.</source>
        <translation>“%1” opened as a new draft. Check these places before you publish.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clipboard</source>
        <translation>Clipboard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out or needs a look</source>
        <translation>Left out or needs a look</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to report: the text came in as it was.</source>
        <translation>Nothing to report: the text came in as it was.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/window/main_window.py" line="+352"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Related stories (%1)</source>
        <translation>Related stories (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags and authors</source>
        <translation>Tags and authors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and social</source>
        <translation>Search and social</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks (%1 ⚠)</source>
        <translation>Checks (%1 ⚠)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checks ✓</source>
        <translation>Checks ✓</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Formatting</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PHOTO</source>
        <translation>PHOTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EMBED</source>
        <translation>EMBED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows × %2 columns</source>
        <translation>%1 rows × %2 columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit: %1</source>
        <translation>Credit: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt: %1</source>
        <translation>Alt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No alt text: describe the photo</source>
        <translation>No alt text: describe the photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No link</source>
        <translation>No link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this card (F2)</source>
        <translation>Edit this card (F2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up a paragraph</source>
        <translation>Move up a paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down a paragraph</source>
        <translation>Move down a paragraph</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this card</source>
        <translation>Delete this card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Baca Juga would fit here: click to insert one</source>
        <translation>A Baca Juga would fit here: click to insert one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested Baca Juga: %1. Click to insert or reject it</source>
        <translation>Suggested Baca Juga: %1. Click to insert or reject it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baca Juga?</source>
        <translation>Baca Juga?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the story here…</source>
        <translation>Write the story here…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../editor/gui/window/actions.py" line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>MetaPanel</name>
    <message>
        <location filename="../../editor/gui/article/meta_panel.py" line="+91"/>
        <source>Edit tags</source>
        <translation>Edit tags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose tag</source>
        <translation>Choose tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit sign-off</source>
        <translation>Edit sign-off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit dateline</source>
        <translation>Edit dateline</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit authors</source>
        <translation>Edit authors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit editor</source>
        <translation>Edit editor</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk editor&apos;s name</source>
        <translation>Desk editor&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed as “Editor: Name” next to the writer</source>
        <translation>Printed as “Editor: Name” next to the writer</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Edit slug</source>
        <translation>Edit slug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slug follows headline</source>
        <translation>Slug follows headline</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline city</source>
        <translation>Dateline city</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated, e.g. banjir rob, Semarang</source>
        <translation>Comma-separated, e.g. banjir rob, Semarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated names</source>
        <translation>Comma-separated names</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initials at the end of the article, e.g. rk/ad</source>
        <translation>Initials at the end of the article, e.g. rk/ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City before the first paragraph, e.g. Semarang</source>
        <translation>City before the first paragraph, e.g. Semarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows the headline until you edit it; fixed once published</source>
        <translation>Follows the headline until you edit it; fixed once published</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the slug follow the headline again</source>
        <translation>Make the slug follow the headline again</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../editor/gui/publish/prompts.py" line="+49"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key %1 is locked with a passphrase.</source>
        <translation>The key %1 is locked with a passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server asks for the password of %1.</source>
        <translation>The server asks for the password of %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in the system keyring</source>
        <translation>Remember in the system keyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaksi keeps passwords only in the system keyring, never in its settings or files.</source>
        <translation>Redaksi keeps passwords only in the system keyring, never in its settings or files.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
</context>
<context>
    <name>PhotoCard</name>
    <message>
        <location filename="../../editor/gui/article/photo.py" line="+167"/>
        <source>Edit alt text</source>
        <translation>Edit alt text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit caption</source>
        <translation>Edit caption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit photo credit</source>
        <translation>Edit photo credit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set focal point</source>
        <translation>Set focal point</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading photo…</source>
        <translation>Loading photo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop a photo here or choose one</source>
        <translation>Drop a photo here or choose one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the photo to set its focal point</source>
        <translation>Click the photo to set its focal point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose photo…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Alt text</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text (required): what the photo shows</source>
        <translation>Alt text (required): what the photo shows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text describes the picture for people who cannot see it; the caption tells the story.</source>
        <translation>Alt text describes the picture for people who cannot see it; the caption tells the story.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption: who, doing what, where, when</source>
        <translation>Caption: who, doing what, where, when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit, e.g. REUTERS/Name or Istimewa</source>
        <translation>Credit, e.g. REUTERS/Name or Istimewa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo needs alt text</source>
        <translation>The photo needs alt text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the featured photo</source>
        <translation>Remove the featured photo</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor/gui/dialogs/preferences.py" line="+106"/>
        <source>Add site profile</source>
        <translation>Add site profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site profiles (*.toml)</source>
        <translation>Site profiles (*.toml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site profile</source>
        <translation>Site profile</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site profiles:</source>
        <translation>Site profiles:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile in use:</source>
        <translation>Profile in use:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default author:</source>
        <translation>Default author:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default sign-off:</source>
        <translation>Default sign-off:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery copy every:</source>
        <translation>Recovery copy every:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest Baca Juga every:</source>
        <translation>Suggest Baca Juga every:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> seconds</source>
        <translation> seconds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> paragraphs</source>
        <translation> paragraphs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name put on new articles</source>
        <translation>Name put on new articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. rk/ad</source>
        <translation>e.g. rk/ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the exported page when done</source>
        <translation>Open the exported page when done</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../editor/gui/preview/pane.py" line="+279"/>
        <source>Live preview</source>
        <translation>Live preview</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it was switched off with REDAKSI_NO_WEBENGINE</source>
        <translation>it was switched off with REDAKSI_NO_WEBENGINE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The live preview needs Qt WebEngine, which could not be loaded ({reason}). You can keep writing; saving and export work as usual.</source>
        <translation>The live preview needs Qt WebEngine, which could not be loaded ({reason}). You can keep writing; saving and export work as usual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preview stopped unexpectedly. It will restart with your next change.</source>
        <translation>The preview stopped unexpectedly. It will restart with your next change.</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>The preview could not be updated: {error}</source>
        <translation>The preview could not be updated: {error}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/qt_strings.py" line="+95"/>
        <location filename="../../editor/gui/preview/pane.py" line="-249"/>
        <source>No live preview</source>
        <translation>No live preview</translation>
    </message>
</context>
<context>
    <name>ProposalPopup</name>
    <message>
        <location filename="../../editor/gui/archive/proposal.py" line="+84"/>
        <source>Suggested Baca Juga</source>
        <translation>Suggested Baca Juga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fits here: %1</source>
        <translation>fits here: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert here</source>
        <translation>Insert here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other story…</source>
        <translation>Other story…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this Baca Juga between the paragraphs (Ctrl+Z takes it out again)</source>
        <translation>Put this Baca Juga between the paragraphs (Ctrl+Z takes it out again)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not suggest this story again for this draft</source>
        <translation>Do not suggest this story again for this draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the archive for another story for this place</source>
        <translation>Search the archive for another story for this place</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../editor/gui/publish/prompts.py" line="-152"/>
        <source>The draft is saved with the record.</source>
        <translation>The draft is saved with the record.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft could not be saved now; the record is kept and goes into the draft when you save it.</source>
        <translation>The draft could not be saved now; the record is kept and goes into the draft when you save it.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Publishing stopped: the address %1 is already live for another article, “%2”. Nothing was replaced. Give this article another slug, or replace that one.</source>
        <translation>Publishing stopped: the address %1 is already live for another article, “%2”. Nothing was replaced. Give this article another slug, or replace that one.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/publish/dialog.py" line="+419"/>
        <source>Replace It</source>
        <translation>Replace It</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish this article at that address in place of the other one</source>
        <translation>Publish this article at that address in place of the other one</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Preparing the article…</source>
        <translation>Preparing the article…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling… The site keeps the version it has now.</source>
        <translation>Cancelling… The site keeps the version it has now.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Publish Again</source>
        <translation>Publish Again</translation>
    </message>
    <message>
        <location filename="../../editor/gui/publish/prompts.py" line="-30"/>
        <source>Published to “%1” at %2.</source>
        <translation>Published to “%1” at %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draft records it: save the draft to keep the record.</source>
        <translation>The draft records it: save the draft to keep the record.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is recorded in %1.</source>
        <translation>It is recorded in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The draft could not record it; note the address below.</source>
        <translation>The draft could not record it; note the address below.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publishing stopped: no password was given. Nothing was published.</source>
        <translation>Publishing stopped: no password was given. Nothing was published.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing stopped: the server %1 was not trusted. Nothing was published.</source>
        <translation>Publishing stopped: the server %1 was not trusted. Nothing was published.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publishing failed: the server rejected the password or key for %1. Nothing was published. Check the user name in the site profile, then type the password again with the Password… button.</source>
        <translation>Publishing failed: the server rejected the password or key for %1. Nothing was published. Check the user name in the site profile, then type the password again with the Password… button.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publishing failed: %1</source>
        <translation>Publishing failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing failed unexpectedly: %1</source>
        <translation>Publishing failed unexpectedly: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/publish/dialog.py" line="+126"/>
        <source>Waiting for your answer…</source>
        <translation>Waiting for your answer…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The site profile “%1” names no publish target. Add a [targets.NAME] table to it (the sample profile shows how).</source>
        <translation>The site profile “%1” names no publish target. Add a [targets.NAME] table to it (the sample profile shows how).</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+187"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article:</source>
        <translation>Article:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no headline)</source>
        <translation>(no headline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+99"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Browser</source>
        <translation>Open in Browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password…</source>
        <translation>Password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password for this target (for example after it was changed) and publish</source>
        <translation>Type the password for this target (for example after it was changed) and publish</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Publishing</source>
        <translation>Cancel Publishing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/publish/prompts.py" line="-57"/>
        <source>SFTP server</source>
        <translation>SFTP server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebDAV server</source>
        <translation>WebDAV server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readers find it at %1</source>
        <translation>Readers find it at %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>New key:</source>
        <translation>New key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous key:</source>
        <translation>Previous key:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../editor/gui/qt_strings.py" line="-7"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location line="-59"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+3"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-71"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+58"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-77"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../editor/gui/article/related.py" line="+117"/>
        <location filename="../../editor/gui/archive/suggest.py" line="+112"/>
        <source>Add related story</source>
        <translation>Add related story</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit related story</source>
        <translation>Edit related story</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove related story</source>
        <translation>Remove related story</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Reorder related stories</source>
        <translation>Reorder related stories</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a related story</source>
        <translation>Add a related story</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected story</source>
        <translation>Edit the selected story</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected story (Delete)</source>
        <translation>Remove the selected story (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag rows or press Alt+Up / Alt+Down to reorder</source>
        <translation>Drag rows or press Alt+Up / Alt+Down to reorder</translation>
    </message>
</context>
<context>
    <name>SeoPanel</name>
    <message>
        <location filename="../../editor/gui/article/seo_panel.py" line="+61"/>
        <source>Edit search title</source>
        <translation>Edit search title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit search description</source>
        <translation>Edit search description</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The headline is used</source>
        <translation>The headline is used</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deck (or the first paragraph) is used</source>
        <translation>The deck (or the first paragraph) is used</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title in search results, with the site&apos;s name: %1 characters; about %2 are shown</source>
        <translation>The title in search results, with the site&apos;s name: %1 characters; about %2 are shown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description under the title: %1 characters; about %2 are shown</source>
        <translation>The description under the title: %1 characters; about %2 are shown</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search title</source>
        <translation>Search title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title search engines and shared links show; empty: the headline</source>
        <translation>The title search engines and shared links show; empty: the headline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text under the title in search results and shared links; empty: the deck</source>
        <translation>The text under the title in search results and shared links; empty: the deck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the headline and the deck. The preview on the right shows the search result and the shared link.</source>
        <translation>Leave empty to use the headline and the deck. The preview on the right shows the search result and the shared link.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../editor/gui/article/session.py" line="+175"/>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../editor/gui/dialogs/shortcuts.py" line="+98"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typing in the text</source>
        <translation>Typing in the text</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location line="-76"/>
        <source>Subheading (H2)</source>
        <translation>Subheading (H2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor subheading (H3)</source>
        <translation>Minor subheading (H3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line break inside a paragraph</source>
        <translation>Line break inside a paragraph</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <location filename="../../editor/gui/sites.py" line="+16"/>
        <source>%1 (sample profile)</source>
        <translation>%1 (sample profile)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (cannot be read)</source>
        <translation>%1 (cannot be read)</translation>
    </message>
</context>
<context>
    <name>SocialPreview</name>
    <message>
        <location filename="../../editor/gui/preview/social.py" line="+222"/>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search result</source>
        <translation>Search result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared on Facebook and WhatsApp</source>
        <translation>Shared on Facebook and WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared on X</source>
        <translation>Shared on X</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No featured photo: the card has no picture</source>
        <translation>No featured photo: the card has no picture</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../editor/gui/spelling/menu.py" line="+51"/>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Dictionary</source>
        <translation>Add to Dictionary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Site Dictionary</source>
        <translation>Add to Site Dictionary</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
</context>
<context>
    <name>StatusInfo</name>
    <message>
        <location filename="../../editor/gui/window/status.py" line="+36"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recovery copy %1</source>
        <translation>recovery copy %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes</source>
        <translation>No changes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../editor/gui/archive/suggestions.py" line="+127"/>
        <source>shares: %1</source>
        <translation>shares: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the related stories</source>
        <translation>Add to the related stories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not this one (for this draft)</source>
        <translation>Not this one (for this draft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking in the archive…</source>
        <translation>Looking in the archive…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This site&apos;s archive is empty, so there is nothing to suggest. Fill it with the command “redaksi archive sync”.</source>
        <translation>This site&apos;s archive is empty, so there is nothing to suggest. Fill it with the command “redaksi archive sync”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions appear once the story has a headline and a few paragraphs.</source>
        <translation>Suggestions appear once the story has a headline and a few paragraphs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other story in the archive fits this draft yet.</source>
        <translation>No other story in the archive fits this draft yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested from the archive</source>
        <translation>Suggested from the archive</translation>
    </message>
</context>
<context>
    <name>UpdateRow</name>
    <message>
        <location filename="../../editor/gui/article/updated.py" line="+82"/>
        <source>Mark as updated</source>
        <translation>Mark as updated</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change update time</source>
        <translation>Change update time</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove update</source>
        <translation>Remove update</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose correction label</source>
        <translation>Choose correction label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit correction note</source>
        <translation>Edit correction note</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No update time</source>
        <translation>No update time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the article was updated, in the newsroom&apos;s time zone: shown under the publish date</source>
        <translation>When the article was updated, in the newsroom&apos;s time zone: shown under the publish date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the update time to now</source>
        <translation>Set the update time to now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the update time and the correction note</source>
        <translation>Remove the update time and the correction note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label printed before the correction note</source>
        <translation>The label printed before the correction note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction note at the end of the article (optional)</source>
        <translation>Correction note at the end of the article (optional)</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../editor/gui/window/handlers.py" line="+236"/>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set featured photo</source>
        <translation>Set featured photo</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>About Redaksi</source>
        <translation>About Redaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaksi — write, lay out, export and publish news articles.
Version %1.</source>
        <translation>Redaksi — write, lay out, export and publish news articles.
Version %1.</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <location filename="../../editor/gui/window/state.py" line="+115"/>
        <source>Clear Recent Files</source>
        <translation>Clear Recent Files</translation>
    </message>
</context>
<context>
    <name>WritingPrefs</name>
    <message>
        <location filename="../../editor/gui/dialogs/writing_prefs.py" line="+35"/>
        <source>Writing</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check spelling as you type (Indonesian)</source>
        <translation>Check spelling as you type (Indonesian)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown shortcuts at a paragraph&apos;s start (##, -, 1., &gt;)</source>
        <translation>Markdown shortcuts at a paragraph&apos;s start (##, -, 1., &gt;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curly quotes: &quot;…&quot; becomes “…” and &apos; becomes ’</source>
        <translation>Curly quotes: &quot;…&quot; becomes “…” and &apos; becomes ’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three dots become an ellipsis (…)</source>
        <translation>Three dots become an ellipsis (…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse double spaces</source>
        <translation>Collapse double spaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En dash after the dateline (SEMARANG – …)</source>
        <translation>En dash after the dateline (SEMARANG – …)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## subheading, ### minor subheading, - or * list, 1. numbered list, &gt; quote; Ctrl+Z gives back what was typed</source>
        <translation>## subheading, ### minor subheading, - or * list, 1. numbered list, &gt; quote; Ctrl+Z gives back what was typed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web addresses, e-mail addresses and `code` are never changed</source>
        <translation>Web addresses, e-mail addresses and `code` are never changed</translation>
    </message>
</context>
</TS>
