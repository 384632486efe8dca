// The app has one screen for now.
import { redirect } from 'next/navigation';

export default function Home() {
  redirect('/batch');
}
