import { formatPhone } from '../../../app/phone-format';

export function PhoneLink({ phone }: { phone: string }) {
  const { text, href } = formatPhone(phone);
  return (
    <a href={href} className="phone">
      {text}
    </a>
  );
}
