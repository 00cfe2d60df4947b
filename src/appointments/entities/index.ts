import { AppointmentCapacity } from './appointment-capacity.entity';
import { AppointmentSlot } from './appointment-slot.entity';
import { Appointment } from './appointment.entity';

export { Appointment, AppointmentCapacity, AppointmentSlot };
export const APPOINTMENT_ENTITIES = [Appointment, AppointmentSlot, AppointmentCapacity];
