export function ContactCreatePage() {
  return null;
}
