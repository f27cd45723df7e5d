export function ContactImportPage() {
  return null;
}
