export function ContactEditPage() {
  return null;
}
