/** Saves a blob under a file name through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; some browsers read it late.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Puts a PNG on the clipboard; false where the browser does not allow it. */
export async function copyPng(png: Promise<Blob>): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !('write' in navigator.clipboard))
    return false;
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
  return true;
}
